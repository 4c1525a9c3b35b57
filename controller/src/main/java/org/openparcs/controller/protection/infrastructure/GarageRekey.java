package org.openparcs.controller.protection.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateKeys;
import org.openparcs.protection.PlateLookup;
import org.openparcs.protection.RekeyCounts;

/**
 * The garage's re-key (POLICY K1 key rotation): rewrites every value sealed under a data key other
 * than the current one and, while more than one lookup key is configured, every hash not made with
 * the current lookup key. Walks each table by id in batches, one short transaction per batch, so
 * the lanes never wait long; idempotent (a second run changes nothing). After it, the old keys can
 * be removed from configuration. Without a lookup rotation pending, only rows whose values do not
 * start with the current key's header are read.
 */
public final class GarageRekey {

  private final DataSource db;
  private final PlateKeys keys;
  private final PlateCipher cipher;
  private final PlateLookup lookup;
  private final int batch;

  public GarageRekey(DataSource db, PlateKeys keys, int batch) {
    this.db = db;
    this.keys = keys;
    this.cipher = new PlateCipher(keys);
    this.lookup = new PlateLookup(keys);
    this.batch = batch;
  }

  /** Re-keys every sealed garage table; the counts per table and column. */
  public Map<String, RekeyCounts> run() {
    Map<String, RekeyCounts> counts = new LinkedHashMap<>();
    for (SealedTable table : SealedTable.GARAGE) {
      counts.put(table.table(), run(table));
    }
    return counts;
  }

  private RekeyCounts run(SealedTable table) {
    boolean rehash = keys.lookupKeyIds().size() > 1;
    RekeyCounts counts = new RekeyCounts(table.table(), 0, 0, 0);
    String after = null;
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(true);
      while (true) {
        List<Row> rows = batch(c, table, after, rehash);
        if (rows.isEmpty()) {
          return counts;
        }
        long resealed = 0;
        long rehashed = 0;
        for (Row row : rows) {
          after = row.id();
          int[] changed = rewrite(c, table, row, rehash);
          resealed += changed[0];
          rehashed += changed[1];
        }
        counts = counts.plus(rows.size(), resealed, rehashed);
        if (rows.size() < batch) {
          return counts;
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot re-key " + table.table(), e);
    }
  }

  private record Row(String id, byte[][] sealed, byte[][] hashes, byte[][] folded) {}

  private List<Row> batch(Connection c, SealedTable table, String after, boolean rehash)
      throws SQLException {
    List<SealedTable.Column> columns = table.columns();
    String select =
        columns.stream()
            .map(
                col ->
                    col.sealed()
                        + ", "
                        + (col.hash() == null ? "NULL" : col.hash())
                        + ", "
                        + (col.foldedHash() == null ? "NULL" : col.foldedHash()))
            .collect(Collectors.joining(", "));
    String stale =
        rehash
            ? ""
            : " AND ("
                + columns.stream()
                    .map(col -> "LEFT(" + col.sealed() + ", ?) <> ?")
                    .collect(Collectors.joining(" OR "))
                + ")";
    byte[] prefix = cipher.currentPrefix();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + table.key()
                + ", "
                + select
                + " FROM "
                + table.table()
                + " WHERE "
                + (after == null ? "TRUE" : table.key() + " > ?")
                + stale
                + " ORDER BY "
                + table.key()
                + " LIMIT "
                + batch)) {
      int i = 1;
      if (after != null) {
        ps.setString(i++, after);
      }
      if (!rehash) {
        for (int k = 0; k < columns.size(); k++) {
          ps.setInt(i++, prefix.length);
          ps.setBytes(i++, prefix);
        }
      }
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byte[][] sealed = new byte[columns.size()][];
          byte[][] hashes = new byte[columns.size()][];
          byte[][] folded = new byte[columns.size()][];
          for (int k = 0; k < columns.size(); k++) {
            sealed[k] = rs.getBytes(2 + 3 * k);
            hashes[k] = rs.getBytes(3 + 3 * k);
            folded[k] = rs.getBytes(4 + 3 * k);
          }
          rows.add(new Row(rs.getString(1), sealed, hashes, folded));
        }
      }
      return rows;
    }
  }

  /** Rewrites one row's stale values; answers {resealed, rehashed}. */
  private int[] rewrite(Connection c, SealedTable table, Row row, boolean rehash)
      throws SQLException {
    List<String> sets = new ArrayList<>();
    List<byte[]> values = new ArrayList<>();
    int resealed = 0;
    int rehashed = 0;
    for (int k = 0; k < table.columns().size(); k++) {
      SealedTable.Column col = table.columns().get(k);
      byte[] sealed = row.sealed()[k];
      if (sealed == null) {
        continue;
      }
      boolean reseal = cipher.needsRekey(sealed);
      if (!reseal && !(rehash && col.hash() != null)) {
        continue;
      }
      String plain = cipher.open(sealed, col.context());
      if (reseal) {
        sets.add(col.sealed() + " = ?");
        values.add(cipher.seal(plain, col.context()));
        resealed++;
      }
      if (col.hash() != null) {
        byte[] hash = lookup.hash(plain);
        if (!Arrays.equals(hash, row.hashes()[k])) {
          sets.add(col.hash() + " = ?");
          values.add(hash);
          rehashed++;
        }
      }
      if (col.foldedHash() != null) {
        byte[] hash = lookup.hash(PlateComparison.FOLDED.key(plain));
        if (!Arrays.equals(hash, row.folded()[k])) {
          sets.add(col.foldedHash() + " = ?");
          values.add(hash);
          rehashed++;
        }
      }
    }
    if (!sets.isEmpty()) {
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
        ps.setString(i, row.id());
        ps.executeUpdate();
      }
    }
    return new int[] {resealed > 0 ? 1 : 0, rehashed > 0 ? 1 : 0};
  }
}
