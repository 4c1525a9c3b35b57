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
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * The one converter of POLICY K1 at the garage: seals the plate text an older schema left in clear
 * (the clear columns of {@link SealedTable#GARAGE}: V110's legacy_* columns, V115's), writes its
 * lookup hashes and empties the clear column. Each table is walked by its key in batches, one short
 * transaction per batch (the lanes never wait long). A column found empty is recorded in {@code
 * clear_plates_converted}, so later starts do not scan its table again; with the record removed, a
 * second run finds nothing and changes nothing.
 */
public final class ClearPlates {

  private final DataSource db;
  private final PlateCipher cipher;
  private final PlateLookup lookup;
  private final int batch;

  public ClearPlates(DataSource db, PlateCipher cipher, PlateLookup lookup, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("a batch holds at least one row");
    }
    this.db = db;
    this.cipher = cipher;
    this.lookup = lookup;
    this.batch = batch;
  }

  /**
   * Seals every value left in clear; the values sealed per clear column ({@code table.column}), for
   * the columns not recorded as converted before this run.
   */
  public Map<String, Long> sealAll() {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = db.getConnection()) {
      for (SealedTable table : SealedTable.GARAGE) {
        List<SealedTable.Column> pending = new ArrayList<>();
        for (SealedTable.Column column : table.columns()) {
          if (column.clear() != null && !converted(c, name(table, column))) {
            pending.add(column);
          }
        }
        if (!pending.isEmpty()) {
          long[] sealed = seal(c, table, pending);
          for (int k = 0; k < pending.size(); k++) {
            String name = name(table, pending.get(k));
            markConverted(c, name, sealed[k]);
            counts.put(name, sealed[k]);
          }
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new DataAccessException("cannot seal the plates left in clear", e);
    }
  }

  private static String name(SealedTable table, SealedTable.Column column) {
    return table.table() + "." + column.clear().column();
  }

  private long[] seal(Connection c, SealedTable table, List<SealedTable.Column> columns)
      throws SQLException {
    long[] sealed = new long[columns.size()];
    String after = null;
    c.setAutoCommit(false);
    try {
      while (true) {
        List<String[]> rows = clearRows(c, table, columns, after);
        for (String[] row : rows) {
          after = row[0];
          sealRow(c, table, columns, row, sealed);
        }
        c.commit();
        if (rows.size() < batch) {
          return sealed;
        }
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** The clear value of a column on the rows its condition names, NULL elsewhere. */
  private static String clearValue(SealedTable.Column column) {
    SealedTable.Clear clear = column.clear();
    return clear.only().isEmpty()
        ? clear.column()
        : "IF(" + clear.only() + ", " + clear.column() + ", NULL)";
  }

  /** Up to a batch of rows after {@code after} with a clear value: key, then each value. */
  private List<String[]> clearRows(
      Connection c, SealedTable table, List<SealedTable.Column> columns, String after)
      throws SQLException {
    String values = columns.stream().map(ClearPlates::clearValue).collect(Collectors.joining(", "));
    String anyClear =
        columns.stream()
            .map(col -> clearValue(col) + " IS NOT NULL")
            .collect(Collectors.joining(" OR "));
    String sql =
        "SELECT "
            + table.key()
            + ", "
            + values
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

  private void sealRow(
      Connection c,
      SealedTable table,
      List<SealedTable.Column> columns,
      String[] row,
      long[] sealed)
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
      if (col.foldedHash() != null) {
        sets.add(col.foldedHash() + " = ?");
        values.add(lookup.hash(PlateComparison.FOLDED.key(plain)));
      }
      sets.add(col.clear().column() + " = NULL");
      sealed[k]++;
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

  private static boolean converted(Connection c, String column) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM clear_plates_converted WHERE column_name = ?")) {
      ps.setString(1, column);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static void markConverted(Connection c, String column, long sealed) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO clear_plates_converted (column_name, rows_sealed, converted_at)"
                + " VALUES (?, ?, UTC_TIMESTAMP(6))")) {
      ps.setString(1, column);
      ps.setLong(2, sealed);
      ps.executeUpdate();
    }
  }

  /** Forgets that {@code table.column} was converted: something wrote it in clear again. */
  public static void unconverted(Connection c, String table, String column) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM clear_plates_converted WHERE column_name = ?")) {
      ps.setString(1, table + "." + column);
      ps.executeUpdate();
    }
  }
}
