package org.openparcs.portal.user.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.openparcs.portal.common.infrastructure.DataAccessFailure;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.user.application.PortalUsers;
import org.openparcs.portal.user.model.NewUser;
import org.openparcs.portal.user.model.PasswordHash;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.Role;
import org.openparcs.portal.user.model.Username;

/** Users in tables {@code portal_user} and {@code user_role}. */
final class JdbcPortalUsers implements PortalUsers {

  private static final String INSERT_USER =
      "INSERT INTO portal_user (username, display_name, password_hash, enabled, created_at)"
          + " VALUES (?, ?, ?, TRUE, ?)";

  private final Jdbc jdbc;
  private final DataSource dataSource;

  JdbcPortalUsers(Jdbc jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  @Override
  public Optional<PortalUser> findByUsername(Username username) {
    Optional<PortalUser> found =
        jdbc
            .query(
                "SELECT id, username, display_name, enabled, password_hash FROM portal_user"
                    + " WHERE username = ?",
                s -> s.setString(1, username.value()),
                row -> user(row, Set.of()))
            .stream()
            .findFirst();
    return found.map(u -> withRoles(u, roles(u.id())));
  }

  private static PortalUser user(ResultSet row, Set<Role> roles) throws SQLException {
    return new PortalUser(
        row.getLong("id"),
        new Username(row.getString("username")),
        row.getString("display_name"),
        row.getBoolean("enabled"),
        new PasswordHash(row.getString("password_hash")),
        roles);
  }

  private static PortalUser withRoles(PortalUser u, Set<Role> roles) {
    return new PortalUser(
        u.id(), u.username(), u.displayName(), u.enabled(), u.passwordHash(), roles);
  }

  private Set<Role> roles(long userId) {
    List<Role> roles =
        jdbc.query(
            "SELECT role_name FROM user_role WHERE user_id = ?",
            s -> s.setLong(1, userId),
            row -> Role.valueOf(row.getString(1)));
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  @Override
  public boolean anyExists() {
    return !jdbc.query("SELECT 1 FROM portal_user LIMIT 1", s -> {}, row -> 1).isEmpty();
  }

  @Override
  public long create(NewUser user, Instant createdAt) {
    long id = insertUser(user, createdAt);
    jdbc.batch(
        "INSERT INTO user_role (user_id, role_name) VALUES (?, ?)",
        List.copyOf(user.roles()),
        (s, role) -> {
          s.setLong(1, id);
          s.setString(2, role.name());
        });
    return id;
  }

  private long insertUser(NewUser user, Instant createdAt) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(INSERT_USER, Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, user.username().value());
      s.setString(2, user.displayName());
      s.setString(3, user.passwordHash().encoded());
      s.setObject(4, Jdbc.toColumn(createdAt));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new DataAccessFailure(INSERT_USER, e);
    }
  }

  @Override
  public void recordLogin(long userId, Instant at) {
    jdbc.update(
        "UPDATE portal_user SET last_login_at = ? WHERE id = ?",
        s -> {
          s.setObject(1, Jdbc.toColumn(at));
          s.setLong(2, userId);
        });
  }
}
