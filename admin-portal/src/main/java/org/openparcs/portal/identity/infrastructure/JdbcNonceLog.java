package org.openparcs.portal.identity.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.openparcs.identity.NonceLog;
import org.openparcs.portal.common.infrastructure.Jdbc;

/**
 * Nonces in table {@code request_nonce}, shared by every portal instance on the database: a request
 * replayed to another instance is refused too. Nonces older than twice the replay window are
 * deleted now and then (the timestamp check refuses those requests anyway).
 */
final class JdbcNonceLog implements NonceLog {

  private final Jdbc jdbc;
  private final Duration keep;
  private final AtomicLong lastCleanup = new AtomicLong();

  JdbcNonceLog(Jdbc jdbc, Duration window) {
    this.jdbc = jdbc;
    this.keep = window.multipliedBy(2);
  }

  @Override
  public boolean firstUse(String keyId, String nonce, Instant seenAt) {
    long minute = seenAt.getEpochSecond() / 60;
    if (lastCleanup.getAndSet(minute) != minute) {
      jdbc.update(
          "DELETE FROM request_nonce WHERE seen_at < ?",
          s -> s.setObject(1, Jdbc.toColumn(seenAt.minus(keep))));
    }
    return jdbc.update(
            "INSERT IGNORE INTO request_nonce (key_id, nonce, seen_at) VALUES (?, ?, ?)",
            s -> {
              s.setString(1, keyId);
              s.setString(2, nonce);
              s.setObject(3, Jdbc.toColumn(seenAt));
            })
        == 1;
  }
}
