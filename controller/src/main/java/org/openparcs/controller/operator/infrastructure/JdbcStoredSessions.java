package org.openparcs.controller.operator.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.openparcs.controller.operator.application.StoredSessions;
import org.openparcs.controller.operator.model.OperatorIdentity;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.Sql;

/**
 * Console sessions in table {@code operator_session}, by the SHA-256 of their token. Each change
 * commits on its own connection (auto-commit), outside any transaction under way: a log-on or
 * log-off holds whatever else happens. Sessions expired for a day are deleted when a new one opens;
 * revoked ones stay until then too.
 */
final class JdbcStoredSessions implements StoredSessions {

  private final DataSource db;

  JdbcStoredSessions(DataSource db) {
    this.db = db;
  }

  @Override
  public void save(
      byte[] tokenHash, OperatorIdentity o, String ip, String purpose, Instant openedAt) {
    try (Connection c = db.getConnection();
        PreparedStatement clean =
            c.prepareStatement("DELETE FROM operator_session WHERE expires_at < ?");
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO operator_session (token_sha256, garage_id, username,"
                    + " department, roles, assertion_id, ip, opened_at, expires_at, purpose)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      Sql.setInstant(clean, 1, openedAt.minusSeconds(86_400));
      clean.executeUpdate();
      ps.setBytes(1, tokenHash);
      ps.setString(2, o.garageId());
      ps.setString(3, o.username());
      ps.setString(4, o.department());
      ps.setString(5, String.join(",", new TreeSet<>(o.roles())));
      Sql.setUuid(ps, 6, o.assertionId());
      ps.setString(7, ip);
      Sql.setInstant(ps, 8, openedAt);
      Sql.setInstant(ps, 9, o.expiresAt());
      ps.setString(10, purpose);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store the session of " + o.username(), e);
    }
  }

  @Override
  public Optional<Stored> find(byte[] tokenHash, Instant now) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT garage_id, username, department, roles, assertion_id, ip,"
                    + " opened_at, expires_at, purpose FROM operator_session WHERE token_sha256 = ?"
                    + " AND revoked_at IS NULL AND expires_at > ?")) {
      ps.setBytes(1, tokenHash);
      Sql.setInstant(ps, 2, now);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(stored(rs)) : Optional.<Stored>empty();
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot look up a console session", e);
    }
  }

  private static Stored stored(ResultSet rs) throws SQLException {
    String roles = rs.getString("roles");
    OperatorIdentity operator =
        new OperatorIdentity(
            rs.getString("username"),
            rs.getString("department"),
            Sql.getUuid(rs, "assertion_id"),
            Sql.getInstant(rs, "expires_at"),
            rs.getString("garage_id"),
            roles.isEmpty()
                ? java.util.Set.of()
                : new LinkedHashSet<>(Arrays.asList(roles.split(","))));
    return new Stored(
        operator, rs.getString("ip"), rs.getString("purpose"), Sql.getInstant(rs, "opened_at"));
  }

  @Override
  public void changePurpose(byte[] tokenHash, String purpose) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE operator_session SET purpose = ? WHERE token_sha256 = ?"
                    + " AND revoked_at IS NULL")) {
      ps.setString(1, purpose);
      ps.setBytes(2, tokenHash);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot change a console session's purpose", e);
    }
  }

  @Override
  public void revoke(byte[] tokenHash, Instant at) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE operator_session SET revoked_at = ? WHERE token_sha256 = ?"
                    + " AND revoked_at IS NULL")) {
      Sql.setInstant(ps, 1, at);
      ps.setBytes(2, tokenHash);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot end a console session", e);
    }
  }
}
