package org.openparcs.portal.retention.infrastructure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.protection.infrastructure.FreeText;
import org.openparcs.portal.protection.infrastructure.SealedContexts;
import org.openparcs.portal.retention.application.LegalHolds;
import org.openparcs.portal.retention.model.HoldTarget;
import org.openparcs.portal.retention.model.LegalHold;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * Legal holds in table {@code legal_hold}; a release is recorded, never a deletion. A hold on a
 * plate keeps the plate sealed, with its lookup hash, which the purge compares with the records'
 * hashes (POLICY K1, R3). The reasons given are free text, sealed too ({@link FreeText}).
 */
final class JdbcLegalHolds implements LegalHolds {

  private static final String TABLE = "legal_hold";

  private static final String COLUMNS =
      "id, target_kind, target, target_sealed, case_number, reason, reason_sealed, placed_by,"
          + " placed_at, released_by, released_at, release_reason, release_reason_sealed";

  private final Jdbc jdbc;
  private final PlateCipher cipher;
  private final PlateLookup lookup;
  private final FreeText text;

  JdbcLegalHolds(Jdbc jdbc, PlateCipher cipher, PlateLookup lookup) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.lookup = lookup;
    this.text = new FreeText(cipher);
  }

  private void bindTarget(PreparedStatement s, int at, HoldTarget kind, String target)
      throws SQLException {
    boolean plate = kind == HoldTarget.PLATE;
    s.setString(at, plate ? null : target);
    s.setBytes(at + 1, plate ? cipher.seal(target, SealedContexts.LEGAL_HOLD) : null);
    s.setBytes(at + 2, plate ? lookup.hash(target) : null);
  }

  @Override
  public long place(
      HoldTarget kind, String target, String caseNumber, String reason, String by, Instant at) {
    jdbc.update(
        "INSERT INTO legal_hold (target_kind, case_number, reason_sealed, placed_by, placed_at,"
            + " target, target_sealed, target_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        s -> {
          s.setString(1, kind.name());
          s.setString(2, caseNumber);
          s.setBytes(3, text.seal(TABLE, "reason", reason));
          s.setString(4, by);
          s.setObject(5, Jdbc.toColumn(at));
          bindTarget(s, 6, kind, target);
        });
    return jdbc.query("SELECT LAST_INSERT_ID()", s -> {}, r -> r.getLong(1)).get(0);
  }

  @Override
  public boolean restore(LegalHold hold) {
    return jdbc.update(
            "INSERT IGNORE INTO legal_hold (id, target_kind, case_number, reason_sealed,"
                + " placed_by, placed_at, target, target_sealed, target_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            s -> {
              s.setLong(1, hold.id());
              s.setString(2, hold.kind().name());
              s.setString(3, hold.caseNumber());
              s.setBytes(4, text.seal(TABLE, "reason", hold.reason()));
              s.setString(5, hold.placedBy());
              s.setObject(6, Jdbc.toColumn(hold.placedAt()));
              bindTarget(s, 7, hold.kind(), hold.target());
            })
        == 1;
  }

  @Override
  public boolean release(long id, String by, Instant at, String reason) {
    return jdbc.update(
            "UPDATE legal_hold SET released_by = ?, released_at = ?, release_reason_sealed = ?"
                + " WHERE id = ? AND released_at IS NULL",
            s -> {
              s.setString(1, by);
              s.setObject(2, Jdbc.toColumn(at));
              s.setBytes(3, text.seal(TABLE, "release_reason", reason));
              s.setLong(4, id);
            })
        == 1;
  }

  @Override
  public List<LegalHold> active() {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM legal_hold WHERE released_at IS NULL ORDER BY id",
        s -> {},
        this::hold);
  }

  @Override
  public List<LegalHold> latest(int limit) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM legal_hold ORDER BY released_at IS NOT NULL, id DESC LIMIT ?",
        s -> s.setInt(1, limit),
        this::hold);
  }

  private LegalHold hold(ResultSet r) throws SQLException {
    byte[] sealed = r.getBytes("target_sealed");
    return new LegalHold(
        r.getLong("id"),
        HoldTarget.valueOf(r.getString("target_kind")),
        sealed == null ? r.getString("target") : cipher.open(sealed, SealedContexts.LEGAL_HOLD),
        r.getString("case_number"),
        text.read(r, TABLE, "reason"),
        r.getString("placed_by"),
        Jdbc.instant(r, "placed_at"),
        r.getString("released_by"),
        Jdbc.instant(r, "released_at"),
        text.read(r, TABLE, "release_reason"));
  }
}
