package org.openparcs.controller.protection.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateKeys;
import org.openparcs.protection.PlateLookup;

/**
 * Seals the plate text rows of the old schema left in clear (POLICY K1: a dump alone reveals no
 * plate): for each {@link SealedTable} with clear columns, walks the rows by key in batches (one
 * short transaction each, so the lanes never wait long), seals every clear value into its sealed
 * column under the current key, writes its lookup hash, and empties the clear column. Idempotent:
 * rows whose clear columns are empty are left alone, so a second run (or a run on a fresh database)
 * changes nothing. New rows never write the clear columns.
 */
public final class ClearRowsConverter {

  private final DataSource db;
  private final PlateCipher cipher;
  private final PlateLookup lookup;
  private final List<SealedTable> tables;
  private final int batch;

  public ClearRowsConverter(DataSource db, PlateKeys keys, List<SealedTable> tables, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("a batch holds at least one row");
    }
    this.db = db;
    this.cipher = new PlateCipher(keys);
    this.lookup = new PlateLookup(keys);
    this.tables = tables.stream().filter(SealedTable::hasClearColumns).toList();
    this.batch = batch;
  }

  /** The garage's converter: every table of {@link SealedTable#GARAGE} with clear columns. */
  public ClearRowsConverter(DataSource db, PlateKeys keys, int batch) {
    this(db, keys, SealedTable.GARAGE, batch);
  }

  /** Converts every table; the rows sealed per table (0 where nothing was left in clear). */
  public Map<String, Long> run() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (SealedTable table : tables) {
      counts.put(table.table(), run(table));
    }
    return counts;
  }

  private long run(SealedTable table) {
    List<SealedTable.Column> columns =
        table.columns().stream().filter(c -> c.clear() != null).toList();
    long converted = 0;
    String after = null;
    try (Connection c = db.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        while (true) {
          List<String[]> rows = clearRows(c, table, columns, after);
          for (String[] row : rows) {
            after = row[0];
            seal(c, table, columns, row);
          }
          c.commit();
          converted += rows.size();
          if (rows.size() < batch) {
            return converted;
          }
        }
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot seal the clear rows of " + table.table(), e);
    }
  }

  /** Up to a batch of rows after {@code after} with a clear value: key, then each clear value. */
  private List<String[]> clearRows(
      Connection c, SealedTable table, List<SealedTable.Column> columns, String after)
      throws SQLException {
    String clear =
        columns.stream().map(SealedTable.Column::clear).collect(Collectors.joining(", "));
    String anyClear =
        columns.stream()
            .map(col -> col.clear() + " IS NOT NULL")
            .collect(Collectors.joining(" OR "));
    String sql =
        "SELECT "
            + table.key()
            + ", "
            + clear
            + " FROM "
            + table.table()
            + " WHERE "
            + (after == null ? "" : table.key() + " > ? AND ")
            + "("
            + anyClear
            + ") ORDER BY "
            + table.key()
            + " LIMIT "
            + batch
            + " FOR UPDATE";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (after != null) {
        ps.setString(1, after);
      }
      List<String[]> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String[] row = new String[columns.size() + 1];
          for (int i = 0; i < row.length; i++) {
            row[i] = rs.getString(i + 1);
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  private void seal(Connection c, SealedTable table, List<SealedTable.Column> columns, String[] row)
      throws SQLException {
    List<String> sets = new ArrayList<>();
    List<byte[]> values = new ArrayList<>();
    for (int k = 0; k < columns.size(); k++) {
      SealedTable.Column col = columns.get(k);
      String plain = row[k + 1];
      if (plain == null) {
        continue;
      }
      sets.add(col.sealed() + " = ?");
      values.add(cipher.seal(plain, col.context()));
      if (col.hash() != null) {
        sets.add(col.hash() + " = ?");
        values.add(lookup.hash(plain));
      }
      sets.add(col.clear() + " = NULL");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE "
                + table.table()
                + " SET "
                + String.join(", ", sets)
                + " WHERE "
                + table.key()
                + " = ?")) {
      int i = 1;
      for (byte[] v : values) {
        ps.setBytes(i++, v);
      }
      ps.setString(i, row[0]);
      ps.executeUpdate();
    }
  }
}
