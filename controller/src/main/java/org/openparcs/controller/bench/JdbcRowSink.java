package org.openparcs.controller.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openparcs.controller.bench.GarageRows.Table;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.reconciliation.infrastructure.RowBinding;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * Writes generated rows with multi-row INSERTs of {@code batch} rows each, on its own connection
 * with foreign-key checks off for the load (the generator writes consistent rows, parents not
 * always first). The caller owns and closes the connection. Plate text and operators' free text are
 * sealed as the controller seals them (POLICY K1).
 */
public final class JdbcRowSink implements RowSink {

  private final Connection connection;
  private final int batch;
  private final PlateCipher cipher;
  private final PlateLookup lookup;
  private final Map<Table, List<Object[]>> buffers = new EnumMap<>(Table.class);

  /**
   * Plate reads are written as the controller writes them (POLICY K1): the generated plate and raw
   * text sealed with {@code cipher}, the plate's hash made with {@code lookup}.
   */
  public JdbcRowSink(Connection connection, int batch, PlateCipher cipher, PlateLookup lookup) {
    this.connection = connection;
    this.batch = batch;
    this.cipher = cipher;
    this.lookup = lookup;
    try (Statement s = connection.createStatement()) {
      s.execute("SET SESSION foreign_key_checks = 0");
    } catch (SQLException e) {
      throw new DataAccessException("cannot prepare the load connection", e);
    }
  }

  @Override
  public void add(Table table, Object... values) {
    if (values.length != table.width()) {
      throw new IllegalArgumentException(
          table + " takes " + table.width() + " values, got " + values.length);
    }
    List<Object[]> rows = buffers.computeIfAbsent(table, t -> new ArrayList<>(batch));
    rows.add(
        switch (table) {
          case PLATE_READ -> sealRead(values);
          case PERMIT -> sealPermit(values);
          case ACCESS_DECISION -> sealPlate(values, 4, SealedContexts.DECISION_PLATE, false);
          case PARKING_SESSION -> sealPlate(values, 2, SealedContexts.SESSION_PLATE, true);
          case GATE_EVENT -> sealText(values, 5, SealedContexts.GATE_EVENT_DETAIL);
          case PAYMENT ->
              sealPlate(
                  sealText(values, 14, SealedContexts.OVERRIDE_REASON),
                  17,
                  SealedContexts.PAYMENT_PLATE,
                  false);
          default -> values;
        });
    if (rows.size() >= batch) {
      write(table, rows);
    }
  }

  @Override
  public void flush() {
    for (Map.Entry<Table, List<Object[]>> e : buffers.entrySet()) {
      write(e.getKey(), e.getValue());
    }
  }

  /** plate, raw_plate (positions 4, 5) become plate_hash, plate_sealed, raw_plate_sealed. */
  private Object[] sealRead(Object[] values) {
    Object[] out = new Object[values.length + 1];
    System.arraycopy(values, 0, out, 0, 4);
    String plate = (String) values[4];
    out[4] = lookup.hash(plate);
    out[5] = cipher.seal(plate, SealedContexts.of("plate_read", "plate"));
    out[6] = cipher.seal((String) values[5], SealedContexts.of("plate_read", "raw_plate"));
    System.arraycopy(values, 6, out, 7, values.length - 6);
    return out;
  }

  /**
   * The plate at {@code at} becomes plate_hash, [plate_folded_hash,] plate_sealed (V110), as the
   * controller writes them.
   */
  private Object[] sealPlate(Object[] values, int at, String context, boolean folded) {
    int extra = folded ? 2 : 1;
    Object[] out = new Object[values.length + extra];
    System.arraycopy(values, 0, out, 0, at);
    String plate = (String) values[at];
    out[at] = lookup.hashNullable(plate);
    if (folded) {
      out[at + 1] = plate == null ? null : lookup.hash(PlateComparison.FOLDED.key(plate));
    }
    out[at + extra] = cipher.sealNullable(plate, context);
    System.arraycopy(values, at + 1, out, at + extra + 1, values.length - at - 1);
    return out;
  }

  /** The free text at {@code at} (a detail, a reason) sealed in place (V140), null kept null. */
  private Object[] sealText(Object[] values, int at, String context) {
    Object[] out = values.clone();
    out[at] = cipher.sealNullable((String) values[at], context);
    return out;
  }

  /** A running controller reloads its opened permits (see JdbcPermits). */
  private void bumpPermitVersion(Object garage) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO permit_version (garage_id, version) VALUES (?, 1)"
                + " ON DUPLICATE KEY UPDATE version = version + 1")) {
      ps.setObject(1, garage);
      ps.executeUpdate();
    }
  }

  /** plate (position 2) becomes plate_sealed (V101). */
  private Object[] sealPermit(Object[] values) {
    Object[] out = values.clone();
    out[2] = cipher.seal((String) values[2], SealedContexts.of("permit", "plate"));
    return out;
  }

  private void write(Table table, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    String columns =
        switch (table) {
          case PLATE_READ ->
              table
                  .columns()
                  .replace("plate, raw_plate", "plate_hash, plate_sealed, raw_plate_sealed");
          case PERMIT -> table.columns().replace("plate", "plate_sealed");
          case ACCESS_DECISION -> table.columns().replace(" plate,", " plate_hash, plate_sealed,");
          case PAYMENT ->
              table
                  .columns()
                  .replace(" plate,", " plate_hash, plate_sealed,")
                  .replace(" override_reason,", " override_reason_sealed,");
          case GATE_EVENT -> table.columns().replace(" detail,", " detail_sealed,");
          case PARKING_SESSION ->
              table.columns().replace(" plate,", " plate_hash, plate_folded_hash, plate_sealed,");
          default -> table.columns();
        };
    int width = rows.get(0).length;
    String one = "(" + String.join(",", java.util.Collections.nCopies(width, "?")) + ")";
    String sql =
        "INSERT INTO "
            + table.tableName()
            + " ("
            + columns
            + ") VALUES "
            + String.join(",", java.util.Collections.nCopies(rows.size(), one));
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int i = 0;
      for (Object[] row : rows) {
        for (Object value : row) {
          RowBinding.bind(ps, ++i, value);
        }
      }
      ps.executeUpdate();
      if (table == Table.PERMIT) {
        bumpPermitVersion(rows.get(0)[1]);
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot load generated " + table.tableName() + " rows", e);
    }
    rows.clear();
  }
}
