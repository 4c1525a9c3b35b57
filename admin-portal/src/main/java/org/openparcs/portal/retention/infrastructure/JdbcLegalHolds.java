package org.openparcs.portal.retention.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.retention.application.LegalHolds;
import org.openparcs.portal.retention.model.HoldTarget;
import org.openparcs.portal.retention.model.LegalHold;

/** Legal holds in table {@code legal_hold}; a release is recorded, never a deletion. */
final class JdbcLegalHolds implements LegalHolds {

  private static final String COLUMNS =
      "id, target_kind, target, case_number, reason, placed_by, placed_at, released_by,"
          + " released_at, release_reason";

  private final Jdbc jdbc;

  JdbcLegalHolds(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public long place(
      HoldTarget kind, String target, String caseNumber, String reason, String by, Instant at) {
    jdbc.update(
        "INSERT INTO legal_hold (target_kind, target, case_number, reason, placed_by, placed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        s -> {
          s.setString(1, kind.name());
          s.setString(2, target);
          s.setString(3, caseNumber);
          s.setString(4, reason);
          s.setString(5, by);
          s.setObject(6, Jdbc.toColumn(at));
        });
    return jdbc.query("SELECT LAST_INSERT_ID()", s -> {}, r -> r.getLong(1)).get(0);
  }

  @Override
  public boolean restore(LegalHold hold) {
    return jdbc.update(
            "INSERT IGNORE INTO legal_hold (id, target_kind, target, case_number, reason,"
                + " placed_by, placed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            s -> {
              s.setLong(1, hold.id());
              s.setString(2, hold.kind().name());
              s.setString(3, hold.target());
              s.setString(4, hold.caseNumber());
              s.setString(5, hold.reason());
              s.setString(6, hold.placedBy());
              s.setObject(7, Jdbc.toColumn(hold.placedAt()));
            })
        == 1;
  }

  @Override
  public boolean release(long id, String by, Instant at, String reason) {
    return jdbc.update(
            "UPDATE legal_hold SET released_by = ?, released_at = ?, release_reason = ?"
                + " WHERE id = ? AND released_at IS NULL",
            s -> {
              s.setString(1, by);
              s.setObject(2, Jdbc.toColumn(at));
              s.setString(3, reason);
              s.setLong(4, id);
            })
        == 1;
  }

  @Override
  public List<LegalHold> active() {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM legal_hold WHERE released_at IS NULL ORDER BY id",
        s -> {},
        JdbcLegalHolds::hold);
  }

  @Override
  public List<LegalHold> latest(int limit) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM legal_hold ORDER BY released_at IS NOT NULL, id DESC LIMIT ?",
        s -> s.setInt(1, limit),
        JdbcLegalHolds::hold);
  }

  private static LegalHold hold(ResultSet r) throws SQLException {
    return new LegalHold(
        r.getLong("id"),
        HoldTarget.valueOf(r.getString("target_kind")),
        r.getString("target"),
        r.getString("case_number"),
        r.getString("reason"),
        r.getString("placed_by"),
        Jdbc.instant(r, "placed_at"),
        r.getString("released_by"),
        Jdbc.instant(r, "released_at"),
        r.getString("release_reason"));
  }
}
