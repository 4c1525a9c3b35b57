package org.openparcs.portal.protection.infrastructure;

import java.util.ArrayList;
import java.util.List;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.SealedColumn;
import org.openparcs.protection.SealedRow;

/**
 * One sealed column of a portal table, as the re-key walks it (batches by a numeric id, rows under
 * the current key left out in SQL when no lookup-key rotation is pending).
 */
final class JdbcSealedColumn implements SealedColumn {

  /** Where a column lives: table, numeric id, sealed column, hash column (null: none), filter. */
  record Shape(
      String table, String id, String sealed, String hash, String filter, String context) {}

  private final Jdbc jdbc;
  private final UnitOfWork unitOfWork;
  private final PlateCipher cipher;
  private final Shape shape;
  private final java.util.function.UnaryOperator<String> lookupForm;

  JdbcSealedColumn(
      Jdbc jdbc,
      UnitOfWork unitOfWork,
      PlateCipher cipher,
      Shape shape,
      java.util.function.UnaryOperator<String> lookupForm) {
    this.jdbc = jdbc;
    this.unitOfWork = unitOfWork;
    this.cipher = cipher;
    this.shape = shape;
    this.lookupForm = lookupForm;
  }

  @Override
  public String name() {
    return shape.table() + "." + shape.sealed() + (hashed() ? "+" + shape.hash() : "");
  }

  @Override
  public String context() {
    return shape.context();
  }

  @Override
  public boolean hashed() {
    return shape.hash() != null;
  }

  @Override
  public String lookupForm(String opened) {
    return lookupForm.apply(opened);
  }

  @Override
  public List<SealedRow> batchAfter(long afterId, int limit, boolean includeCurrent) {
    byte[] prefix = cipher.currentPrefix();
    String sql =
        "SELECT "
            + shape.id()
            + ", "
            + shape.sealed()
            + ", "
            + (hashed() ? shape.hash() : "NULL")
            + " FROM "
            + shape.table()
            + " WHERE "
            + shape.id()
            + " > ? AND "
            + shape.sealed()
            + " IS NOT NULL"
            + (shape.filter() == null ? "" : " AND " + shape.filter())
            + (includeCurrent ? "" : " AND LEFT(" + shape.sealed() + ", ?) <> ?")
            + " ORDER BY "
            + shape.id()
            + " LIMIT ?";
    return unitOfWork.reading(
        () ->
            jdbc.query(
                sql,
                s -> {
                  int i = 1;
                  s.setLong(i++, afterId);
                  if (!includeCurrent) {
                    s.setInt(i++, prefix.length);
                    s.setBytes(i++, prefix);
                  }
                  s.setInt(i, limit);
                },
                r -> new SealedRow(r.getLong(1), r.getBytes(2), r.getBytes(3))));
  }

  @Override
  public void rewrite(List<SealedRow> rows) {
    unitOfWork.inTransaction(
        () -> {
          jdbc.batch(
              "UPDATE "
                  + shape.table()
                  + " SET "
                  + shape.sealed()
                  + " = ?"
                  + (hashed() ? ", " + shape.hash() + " = ?" : "")
                  + " WHERE "
                  + shape.id()
                  + " = ?",
              new ArrayList<>(rows),
              (s, row) -> {
                int i = 1;
                s.setBytes(i++, row.sealed());
                if (hashed()) {
                  s.setBytes(i++, row.hash());
                }
                s.setLong(i, row.id());
              });
          return null;
        });
  }
}
