package org.openparcs.portal.access.infrastructure;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.access.application.ActorDirectory;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.model.Role;

/** A user's access from {@code portal_user}, its roles, scopes and training records. */
final class JdbcActorDirectory implements ActorDirectory {

  private final Jdbc jdbc;

  JdbcActorDirectory(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Entry> find(String username) {
    return jdbc
        .query(
            "SELECT u.id, u.username, u.department, u.enabled,"
                + " (SELECT MAX(completed_on) FROM training_record t WHERE t.user_id = u.id"
                + "   AND t.kind = 'TRAINING') AS trained_on,"
                + " (SELECT MAX(completed_on) FROM training_record t WHERE t.user_id = u.id"
                + "   AND t.kind = 'ACKNOWLEDGEMENT') AS acknowledged_on"
                + " FROM portal_user u WHERE u.username = ?",
            s -> s.setString(1, username),
            row ->
                new Entry(
                    row.getLong("id"),
                    row.getString("username"),
                    row.getString("department"),
                    row.getBoolean("enabled"),
                    EnumSet.noneOf(Role.class),
                    new HashSet<>(),
                    row.getObject("trained_on", LocalDate.class),
                    row.getObject("acknowledged_on", LocalDate.class)))
        .stream()
        .findFirst()
        .map(this::withRolesAndScopes);
  }

  private Entry withRolesAndScopes(Entry e) {
    List<Role> roles =
        jdbc.query(
            "SELECT role_name FROM user_role WHERE user_id = ?",
            s -> s.setLong(1, e.userId()),
            row -> Role.valueOf(row.getString(1)));
    List<GarageId> garages =
        jdbc.query(
            "SELECT garage_id FROM user_garage_scope WHERE user_id = ?",
            s -> s.setLong(1, e.userId()),
            row -> new GarageId(row.getString(1)));
    return new Entry(
        e.userId(),
        e.username(),
        e.department(),
        e.enabled(),
        roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
        new HashSet<>(garages),
        e.trainedOn(),
        e.acknowledgedOn());
  }
}
