package org.openparcs.portal.user.infrastructure;

import java.time.Instant;
import java.util.List;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.common.model.Sha256;
import org.openparcs.portal.user.application.RecoveryCodes;

/** Recovery code digests in table {@code recovery_code}. */
final class JdbcRecoveryCodes implements RecoveryCodes {

  private final Jdbc jdbc;

  JdbcRecoveryCodes(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void replace(long userId, List<Sha256> digests, Instant at) {
    jdbc.update("DELETE FROM recovery_code WHERE user_id = ?", s -> s.setLong(1, userId));
    jdbc.batch(
        "INSERT INTO recovery_code (user_id, code_sha256, created_at) VALUES (?, ?, ?)",
        digests,
        (s, d) -> {
          s.setLong(1, userId);
          s.setString(2, d.hex());
          s.setObject(3, Jdbc.toColumn(at));
        });
  }

  @Override
  public boolean use(long userId, Sha256 digest, Instant at) {
    return jdbc.update(
            "UPDATE recovery_code SET used_at = ? WHERE user_id = ? AND code_sha256 = ?"
                + " AND used_at IS NULL",
            s -> {
              s.setObject(1, Jdbc.toColumn(at));
              s.setLong(2, userId);
              s.setString(3, digest.hex());
            })
        == 1;
  }

  @Override
  public int remaining(long userId) {
    return jdbc.query(
            "SELECT COUNT(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL",
            s -> s.setLong(1, userId),
            row -> row.getInt(1))
        .get(0);
  }
}
