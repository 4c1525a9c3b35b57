package org.openparcs.controller.protection.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * The converter of POLICY K1 for V110: seals the plates a schema older than V110 left in clear in
 * sessions, access decisions, payments and exit-entry decisions, and empties the old (legacy_*)
 * columns, in batches of short transactions. A column found empty is recorded in {@code
 * clear_plates_converted}, so later start-ups do not scan its table again; a second run changes
 * nothing.
 */
public final class ClearPlates {

  /**
   * One clear column of the old schema and where its sealed form goes.
   *
   * @param table the table (UUID ids)
   * @param clear the clear column (emptied once sealed)
   * @param only a further condition on the rows holding a plate there, or ""
   * @param sealed the column its sealed form goes to
   * @param context the context it is sealed for
   * @param hash the lookup-hash column to fill, or null
   * @param foldedHash the folded plate's hash column to fill, or null
   */
  record Legacy(
      String table,
      String clear,
      String only,
      String sealed,
      String context,
      String hash,
      String foldedHash) {

    String name() {
      return table + "." + clear;
    }
  }

  static final List<Legacy> V110 =
      List.of(
          new Legacy(
              "parking_session",
              "legacy_plate",
              "",
              "plate_sealed",
              SealedContexts.SESSION_PLATE,
              "plate_hash",
              "plate_folded_hash"),
          new Legacy(
              "access_decision",
              "legacy_plate",
              "",
              "plate_sealed",
              SealedContexts.DECISION_PLATE,
              "plate_hash",
              null),
          new Legacy(
              "access_decision",
              "legacy_matched_plate",
              "",
              "matched_plate_sealed",
              SealedContexts.DECISION_MATCHED_PLATE,
              null,
              null),
          // Before V110 the plates an AMBIGUOUS match tied were written into match_detail.
          new Legacy(
              "access_decision",
              "match_detail",
              " AND plate_match = 'AMBIGUOUS'",
              "tied_plates_sealed",
              SealedContexts.DECISION_TIED_PLATES,
              null,
              null),
          new Legacy(
              "payment",
              "legacy_plate",
              "",
              "plate_sealed",
              SealedContexts.PAYMENT_PLATE,
              "plate_hash",
              null),
          new Legacy(
              "exit_entry_decision",
              "legacy_entry_plate",
              "",
              "entry_plate_sealed",
              SealedContexts.EXIT_ENTRY_PLATE,
              null,
              null),
          new Legacy(
              "exit_entry_decision",
              "legacy_exit_plate",
              "",
              "exit_plate_sealed",
              SealedContexts.EXIT_EXIT_PLATE,
              null,
              null));

  private record Clear(String id, String value) {}

  private final DataSource db;
  private final PlateCipher cipher;
  private final PlateLookup lookup;
  private final int batch;

  public ClearPlates(DataSource db, PlateCipher cipher, PlateLookup lookup, int batch) {
    this.db = db;
    this.cipher = cipher;
    this.lookup = lookup;
    this.batch = batch;
  }

  /** Seals every clear plate left by the old schema; the rows sealed per column. */
  public Map<String, Long> sealAll() {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(true);
      for (Legacy column : V110) {
        if (!converted(c, column)) {
          long sealed = seal(c, column);
          markConverted(c, column, sealed);
          counts.put(column.name(), sealed);
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new DataAccessException("cannot seal the clear plates of the old schema", e);
    }
  }

  private long seal(Connection c, Legacy column) throws SQLException {
    long sealed = 0;
    while (true) {
      List<Clear> rows = clearRows(c, column);
      for (Clear row : rows) {
        sealed += sealOne(c, column, row);
      }
      if (rows.size() < batch) {
        return sealed;
      }
    }
  }

  private List<Clear> clearRows(Connection c, Legacy column) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, "
                + column.clear()
                + " FROM "
                + column.table()
                + " WHERE "
                + column.clear()
                + " IS NOT NULL"
                + column.only()
                + " LIMIT "
                + batch)) {
      List<Clear> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Clear(rs.getString(1), rs.getString(2)));
        }
      }
      return rows;
    }
  }

  private int sealOne(Connection c, Legacy column, Clear row) throws SQLException {
    List<String> sets = new ArrayList<>(List.of(column.sealed() + " = ?"));
    List<byte[]> values = new ArrayList<>(List.of(cipher.seal(row.value(), column.context())));
    if (column.hash() != null) {
      sets.add(column.hash() + " = ?");
      values.add(lookup.hash(row.value()));
    }
    if (column.foldedHash() != null) {
      sets.add(column.foldedHash() + " = ?");
      values.add(lookup.hash(PlateComparison.FOLDED.key(row.value())));
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE "
                + column.table()
                + " SET "
                + String.join(", ", sets)
                + ", "
                + column.clear()
                + " = NULL WHERE id = ? AND "
                + column.clear()
                + " = ?")) {
      int i = 1;
      for (byte[] v : values) {
        ps.setBytes(i++, v);
      }
      ps.setString(i++, row.id());
      ps.setString(i, row.value());
      return ps.executeUpdate();
    }
  }

  private static boolean converted(Connection c, Legacy column) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM clear_plates_converted WHERE column_name = ?")) {
      ps.setString(1, column.name());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static void markConverted(Connection c, Legacy column, long sealed) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO clear_plates_converted (column_name, rows_sealed, converted_at)"
                + " VALUES (?, ?, UTC_TIMESTAMP(6))")) {
      ps.setString(1, column.name());
      ps.setLong(2, sealed);
      ps.executeUpdate();
    }
  }
}
