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
import org.openparcs.controller.reconciliation.infrastructure.RowBinding;
import org.openparcs.controller.shared.infrastructure.DataAccessException;

/**
 * Writes generated rows with multi-row INSERTs of {@code batch} rows each, on its own connection
 * with foreign-key checks off for the load (the generator writes consistent rows, parents not
 * always first). The caller owns and closes the connection.
 */
public final class JdbcRowSink implements RowSink {

  private final Connection connection;
  private final int batch;
  private final Map<Table, List<Object[]>> buffers = new EnumMap<>(Table.class);

  public JdbcRowSink(Connection connection, int batch) {
    this.connection = connection;
    this.batch = batch;
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
    rows.add(values);
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

  private void write(Table table, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    String one = "(" + String.join(",", java.util.Collections.nCopies(table.width(), "?")) + ")";
    String sql =
        "INSERT INTO "
            + table.tableName()
            + " ("
            + table.columns()
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
    } catch (SQLException e) {
      throw new DataAccessException("cannot load generated " + table.tableName() + " rows", e);
    }
    rows.clear();
  }
}
