package org.openparcs.controller.reconciliation.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.shared.infrastructure.DataAccessException;

/** Runs one query with bound arguments and maps its rows. */
final class Rows {

  /** Maps the current row. */
  @FunctionalInterface
  interface Mapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private Rows() {}

  static <T> List<T> list(Connection c, String what, String sql, Mapper<T> mapper, Object... args) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new DataAccessException("cannot read " + what, e);
    }
  }

  static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      RowBinding.bind(ps, i + 1, args[i]);
    }
  }

  /** Streams the rows of a large result to {@code consumer}, without holding them in memory. */
  static void forEach(Connection c, String what, String sql, Consumer consumer, Object... args) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(50_000);
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          consumer.accept(rs);
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read " + what, e);
    }
  }

  /** Takes the current row of a streamed result. */
  @FunctionalInterface
  interface Consumer {
    void accept(ResultSet rs) throws SQLException;
  }

  /** The UUIDs of a GROUP_CONCAT column (empty when NULL). */
  static List<UUID> ids(ResultSet rs, String column) throws SQLException {
    String joined = rs.getString(column);
    if (joined == null || joined.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
  }

  /** A nullable BIGINT column. */
  static Long optionalLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  /** {@code ?,?,?} for {@code n} arguments. */
  static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  /** Arguments in order, flattening arrays and collections. */
  static Object[] args(Object... parts) {
    List<Object> out = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof java.util.Collection<?> col) {
        out.addAll(col);
      } else {
        out.add(p);
      }
    }
    return out.toArray();
  }
}
