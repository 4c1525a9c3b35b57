package org.openparcs.controller.retention.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.openparcs.controller.retention.application.PurgeProgress;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.Sql;

/**
 * Purges rows one chunk per short transaction, walking a time column's index forward (keyset), so
 * that the lanes' writes never wait long and no chunk rescans what earlier chunks did.
 */
final class ChunkedRows {

  private final DataSource db;
  private final int chunk;

  ChunkedRows(DataSource db, int chunk) {
    this.db = db;
    this.chunk = chunk;
  }

  /**
   * Applies {@code action} (e.g. {@code UPDATE t SET plate = NULL} or {@code DELETE FROM t}) to the
   * rows of {@code table} with {@code timeColumn < before} that match {@code filter}.
   *
   * @param filter SQL after {@code WHERE garage_id = ? AND time range}, starting with AND (may be
   *     empty); its parameters follow
   * @return rows changed
   */
  long apply(
      String table,
      String timeColumn,
      String action,
      String garageId,
      Instant before,
      String filter,
      List<Object> params,
      PurgeProgress progress) {
    String select =
        "SELECT id, "
            + timeColumn
            + " FROM "
            + table
            + " WHERE garage_id = ? AND "
            + timeColumn
            + " >= ? AND "
            + timeColumn
            + " < ?"
            + filter
            + " ORDER BY "
            + timeColumn
            + " LIMIT "
            + chunk;
    Instant from = Instant.EPOCH;
    long changed = 0;
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(true);
      while (true) {
        List<String> ids = new ArrayList<>(chunk);
        Instant first = null;
        Instant last = null;
        try (PreparedStatement ps = c.prepareStatement(select)) {
          ps.setString(1, garageId);
          Sql.setInstant(ps, 2, from);
          Sql.setInstant(ps, 3, before);
          bind(ps, 4, params);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getString(1));
              last = Sql.getInstant(rs, timeColumn);
              first = first == null ? last : first;
            }
          }
        }
        if (ids.isEmpty()) {
          return changed;
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                action
                    + " WHERE "
                    + timeColumn
                    + " BETWEEN ? AND ? AND id IN ("
                    + HeldFilter.marks(ids.size())
                    + ")")) {
          Sql.setInstant(ps, 1, first);
          Sql.setInstant(ps, 2, last);
          bind(ps, 3, new ArrayList<>(ids));
          int n = ps.executeUpdate();
          changed += n;
          progress.advance(n);
        }
        from = last;
        if (ids.size() < chunk) {
          return changed;
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot purge " + table, e);
    }
  }

  /**
   * Deletes the rows of {@code table} matching {@code where} a chunk per statement ({@code DELETE
   * ... ORDER BY key LIMIT chunk}) until a statement deletes less than a chunk: for tables without
   * a garage and time column to walk (the outbox).
   *
   * @param where the condition, with {@code ?} for {@code params}
   * @return rows deleted
   */
  long deleteInChunks(
      String table, String where, String key, List<Object> params, PurgeProgress progress) {
    long deleted = 0;
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "DELETE FROM "
                    + table
                    + " WHERE "
                    + where
                    + " ORDER BY "
                    + key
                    + " LIMIT "
                    + chunk)) {
      c.setAutoCommit(true);
      bind(ps, 1, params);
      int n;
      do {
        n = ps.executeUpdate();
        deleted += n;
        progress.advance(n);
      } while (n == chunk);
      return deleted;
    } catch (SQLException e) {
      throw new DataAccessException("cannot purge " + table, e);
    }
  }

  /** {@code SELECT COUNT(*)} with parameters (estimates and held-kept counts). */
  long count(String sql, List<Object> params) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, 1, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot count: " + sql, e);
    }
  }

  static void bind(PreparedStatement ps, int first, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object p = params.get(i);
      if (p instanceof Instant t) {
        Sql.setInstant(ps, first + i, t);
      } else {
        ps.setObject(first + i, p);
      }
    }
  }
}
