package org.openparcs.portal.sharing.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.protection.infrastructure.FreeText;
import org.openparcs.portal.sharing.application.Agencies;
import org.openparcs.portal.sharing.model.Agency;
import org.openparcs.portal.sharing.model.AgencyKind;

/** Agencies in table {@code sharing_agency}; the note (free text) is sealed (POLICY K1). */
final class JdbcAgencies implements Agencies {

  private final Jdbc jdbc;
  private final FreeText text;

  JdbcAgencies(Jdbc jdbc, FreeText text) {
    this.jdbc = jdbc;
    this.text = text;
  }

  @Override
  public long save(Agency agency, String note, String by, Instant at) {
    jdbc.update(
        "INSERT INTO sharing_agency (name, kind, state, standing_access, note_sealed, added_by,"
            + " added_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE kind = VALUES(kind),"
            + " state = VALUES(state), standing_access = VALUES(standing_access),"
            + " note = NULL, note_sealed = VALUES(note_sealed)",
        s -> {
          s.setString(1, agency.name());
          s.setString(2, agency.kind().name());
          s.setString(3, agency.state());
          s.setBoolean(4, agency.standingAccess());
          s.setBytes(
              5,
              text.seal(
                  "sharing_agency", "note", note == null || note.isBlank() ? null : note.strip()));
          s.setString(6, by);
          s.setObject(7, Jdbc.toColumn(at));
        });
    return jdbc.query(
            "SELECT id FROM sharing_agency WHERE name = ?",
            s -> s.setString(1, agency.name()),
            r -> r.getLong(1))
        .get(0);
  }

  @Override
  public Optional<Agency> find(long id) {
    return jdbc
        .query(
            "SELECT id, name, kind, state, standing_access FROM sharing_agency WHERE id = ?",
            s -> s.setLong(1, id),
            JdbcAgencies::agency)
        .stream()
        .findFirst();
  }

  @Override
  public List<Agency> all() {
    return jdbc.query(
        "SELECT id, name, kind, state, standing_access FROM sharing_agency ORDER BY name",
        s -> {},
        JdbcAgencies::agency);
  }

  static Agency agency(ResultSet r) throws SQLException {
    return new Agency(
        r.getLong("id"),
        r.getString("name"),
        AgencyKind.valueOf(r.getString("kind")),
        r.getString("state"),
        r.getBoolean("standing_access"));
  }
}
