package org.openparcs.portal.user.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.openparcs.portal.common.infrastructure.DataAccessFailure;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.application.PortalUsers;
import org.openparcs.portal.user.model.NewUser;
import org.openparcs.portal.user.model.PasswordHash;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.Role;
import org.openparcs.portal.user.model.TotpEnrolment;
import org.openparcs.portal.user.model.Username;

/** Users in tables {@code portal_user}, {@code user_role} and {@code user_garage_scope}. */
final class JdbcPortalUsers implements PortalUsers {

  private static final String COLUMNS =
      "id, username, display_name, department, enabled, password_hash, password_changed_at,"
          + " failed_logins, locked_until, totp_secret, totp_confirmed_at, totp_last_step,"
          + " created_at, last_login_at, enabled_at";
  private static final String INSERT_USER =
      "INSERT INTO portal_user (username, display_name, department, password_hash, enabled,"
          + " created_at, password_changed_at) VALUES (?, ?, ?, ?, TRUE, ?, ?)";

  private final Jdbc jdbc;
  private final DataSource dataSource;

  JdbcPortalUsers(Jdbc jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  @Override
  public Optional<PortalUser> findByUsername(Username username) {
    return one("WHERE username = ?", s -> s.setString(1, username.value()));
  }

  @Override
  public Optional<PortalUser> findById(long id) {
    return one("WHERE id = ?", s -> s.setLong(1, id));
  }

  private Optional<PortalUser> one(String where, Jdbc.Binder binder) {
    return jdbc
        .query("SELECT " + COLUMNS + " FROM portal_user " + where, binder, JdbcPortalUsers::user)
        .stream()
        .findFirst()
        .map(u -> u.withRoles(roles(u.id())));
  }

  @Override
  public List<PortalUser> all() {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM portal_user ORDER BY username",
            s -> {},
            JdbcPortalUsers::user)
        .stream()
        .map(u -> u.withRoles(roles(u.id())))
        .toList();
  }

  private static PortalUser user(ResultSet row) throws SQLException {
    String secret = row.getString("totp_secret");
    Optional<TotpEnrolment> totp =
        secret == null
            ? Optional.empty()
            : Optional.of(
                new TotpEnrolment(
                    secret, Jdbc.instant(row, "totp_confirmed_at"), row.getLong("totp_last_step")));
    return new PortalUser(
        row.getLong("id"),
        new Username(row.getString("username")),
        row.getString("display_name"),
        row.getString("department"),
        row.getBoolean("enabled"),
        new PasswordHash(row.getString("password_hash")),
        Jdbc.instant(row, "password_changed_at"),
        row.getInt("failed_logins"),
        Jdbc.instant(row, "locked_until"),
        totp,
        Jdbc.instant(row, "created_at"),
        Jdbc.instant(row, "last_login_at"),
        Jdbc.instant(row, "enabled_at"),
        Set.of());
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
  public boolean lockAndCheckAnyExists() {
    // The role table always has rows: locking one serialises concurrent bootstraps.
    jdbc.query("SELECT name FROM role WHERE name = 'COORDINATOR' FOR UPDATE", s -> {}, row -> 1);
    return !jdbc.query("SELECT 1 FROM portal_user LIMIT 1", s -> {}, row -> 1).isEmpty();
  }

  @Override
  public long create(NewUser user, Instant createdAt) {
    long id = insertUser(user, createdAt);
    setRoles(id, user.roles());
    return id;
  }

  private long insertUser(NewUser user, Instant createdAt) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(INSERT_USER, Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, user.username().value());
      s.setString(2, user.displayName());
      s.setString(3, user.department());
      s.setString(4, user.passwordHash().encoded());
      s.setObject(5, Jdbc.toColumn(createdAt));
      s.setObject(6, user.temporaryPassword() ? null : Jdbc.toColumn(createdAt));
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
        "UPDATE portal_user SET last_login_at = ?, failed_logins = 0, locked_until = NULL"
            + " WHERE id = ?",
        s -> {
          s.setObject(1, Jdbc.toColumn(at));
          s.setLong(2, userId);
        });
  }

  @Override
  public void recordFailure(long userId, Instant lockedUntil) {
    jdbc.update(
        "UPDATE portal_user SET failed_logins = IF(? IS NULL, failed_logins + 1, 0),"
            + " locked_until = COALESCE(?, locked_until) WHERE id = ?",
        s -> {
          Object until = lockedUntil == null ? null : Jdbc.toColumn(lockedUntil);
          s.setObject(1, until);
          s.setObject(2, until);
          s.setLong(3, userId);
        });
  }

  @Override
  public void setPassword(long userId, PasswordHash hash, Instant changedAt) {
    jdbc.update(
        "UPDATE portal_user SET password_hash = ?, password_changed_at = ? WHERE id = ?",
        s -> {
          s.setString(1, hash.encoded());
          s.setObject(2, Jdbc.toColumn(changedAt));
          s.setLong(3, userId);
        });
  }

  @Override
  public void setEnabled(long userId, boolean enabled, String reason, Instant at) {
    if (enabled) {
      jdbc.update(
          "UPDATE portal_user SET enabled = TRUE, disabled_reason = NULL, failed_logins = 0,"
              + " locked_until = NULL, enabled_at = IF(enabled, enabled_at, ?) WHERE id = ?",
          s -> {
            s.setObject(1, Jdbc.toColumn(at));
            s.setLong(2, userId);
          });
    } else {
      jdbc.update(
          "UPDATE portal_user SET enabled = FALSE, disabled_reason = ? WHERE id = ?",
          s -> {
            s.setString(1, reason);
            s.setLong(2, userId);
          });
    }
  }

  @Override
  public void setRoles(long userId, Set<Role> roles) {
    jdbc.update("DELETE FROM user_role WHERE user_id = ?", s -> s.setLong(1, userId));
    jdbc.batch(
        "INSERT INTO user_role (user_id, role_name) VALUES (?, ?)",
        List.copyOf(roles),
        (s, role) -> {
          s.setLong(1, userId);
          s.setString(2, role.name());
        });
  }

  @Override
  public Set<GarageId> scopes(long userId) {
    return new HashSet<>(
        jdbc.query(
            "SELECT garage_id FROM user_garage_scope WHERE user_id = ?",
            s -> s.setLong(1, userId),
            row -> new GarageId(row.getString(1))));
  }

  @Override
  public void setScopes(long userId, Set<GarageId> garages) {
    jdbc.update("DELETE FROM user_garage_scope WHERE user_id = ?", s -> s.setLong(1, userId));
    // One statement per garage: MariaDB's bulk protocol, which a batch uses, refuses INSERT ...
    // SELECT ("not supported in the prepared statement protocol yet"). A user has few garages.
    for (GarageId garage : garages) {
      jdbc.update(
          "INSERT INTO user_garage_scope (user_id, garage_id) SELECT ?, id FROM garage WHERE id = ?",
          s -> {
            s.setLong(1, userId);
            s.setString(2, garage.value());
          });
    }
  }

  @Override
  public void startEnrolment(long userId, String secret) {
    jdbc.update(
        "UPDATE portal_user SET totp_secret = ?, totp_confirmed_at = NULL, totp_last_step = 0"
            + " WHERE id = ?",
        s -> {
          s.setString(1, secret);
          s.setLong(2, userId);
        });
  }

  @Override
  public void confirmEnrolment(long userId, Instant at, long step) {
    jdbc.update(
        "UPDATE portal_user SET totp_confirmed_at = ?, totp_last_step = ? WHERE id = ?",
        s -> {
          s.setObject(1, Jdbc.toColumn(at));
          s.setLong(2, step);
          s.setLong(3, userId);
        });
  }

  @Override
  public void recordTotpStep(long userId, long step) {
    jdbc.update(
        "UPDATE portal_user SET totp_last_step = GREATEST(COALESCE(totp_last_step, 0), ?)"
            + " WHERE id = ?",
        s -> {
          s.setLong(1, step);
          s.setLong(2, userId);
        });
  }

  @Override
  public void clearSecondFactor(long userId) {
    jdbc.update(
        "UPDATE portal_user SET totp_secret = NULL, totp_confirmed_at = NULL, totp_last_step = NULL"
            + " WHERE id = ?",
        s -> s.setLong(1, userId));
    jdbc.update("DELETE FROM recovery_code WHERE user_id = ?", s -> s.setLong(1, userId));
  }
}
