package org.openparcs.portal.common.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Small JDBC helpers shared by the portal's repositories. Connections come from the
 * transaction-aware DataSource, so they must be used inside a {@code UnitOfWork}; closing them
 * hands them back to the transaction, not to the pool.
 */
public final class Jdbc {

  private final DataSource dataSource;

  public Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Maps one row of a result set. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Binds the parameters of a statement. */
  @FunctionalInterface
  public interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Runs a query and maps every row. */
  public <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      try (ResultSet rows = s.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
        return result;
      }
    } catch (SQLException e) {
      throw new DataAccessFailure(sql, e);
    }
  }

  /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it changed. */
  public int update(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessFailure(sql, e);
    }
  }

  /** Runs one statement once per item, sent to the server as one batch. */
  public <T> void batch(String sql, List<T> items, ItemBinder<T> binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (T item : items) {
        binder.bind(s, item);
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new DataAccessFailure(sql, e);
    }
  }

  /** Binds the parameters of one item of a batch. */
  @FunctionalInterface
  public interface ItemBinder<T> {
    void bind(PreparedStatement statement, T item) throws SQLException;
  }

  /**
   * The portal stores instants as UTC DATETIME(6): microseconds, no zone. Truncating here keeps
   * what is written equal to what is read back (the audit chain hashes these values).
   */
  public static LocalDateTime toColumn(Instant instant) {
    return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /** Reads a UTC DATETIME(6) column; null stays null. */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    LocalDateTime value = row.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }
}
