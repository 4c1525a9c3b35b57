package org.openparcs.controller.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.camera.model.DigestNonces;
import org.openparcs.controller.camera.model.DigestNonces.Check;

/** Digest nonces: ours, fresh, and each nonce count used once (a replay is refused). */
class DigestNoncesTest {

  static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
  static final byte[] KEY = new byte[32];

  @Test
  void aNonceServesIncreasingCountsOnlyAndExpiresAfterFiveMinutes() {
    String nonce = new DigestNonces(KEY, Clock.fixed(T0, ZoneOffset.UTC)).issue();
    DigestNonces now = new DigestNonces(KEY, Clock.fixed(T0.plusSeconds(10), ZoneOffset.UTC));

    assertThat(now.use(nonce, "00000001")).isEqualTo(Check.FRESH);
    assertThat(now.use(nonce, "00000001")).isEqualTo(Check.REPLAYED);
    assertThat(now.use(nonce, "00000002")).isEqualTo(Check.FRESH);
    assertThat(
            new DigestNonces(KEY, Clock.fixed(T0.plus(Duration.ofMinutes(6)), ZoneOffset.UTC))
                .use(nonce, "00000003"))
        .isEqualTo(Check.STALE);
  }

  @Test
  void everyChallengeHasItsOwnNonceSoTwoCamerasNeverShareACount() {
    DigestNonces nonces = new DigestNonces(KEY, Clock.fixed(T0, ZoneOffset.UTC));
    String first = nonces.issue();
    String second = nonces.issue();

    assertThat(first).isNotEqualTo(second);
    assertThat(nonces.use(first, "00000001")).isEqualTo(Check.FRESH);
    assertThat(nonces.use(second, "00000001")).isEqualTo(Check.FRESH);
  }

  @Test
  void aNonceNotMadeWithThisControllersKeyIsInvalid() {
    String foreign =
        new DigestNonces(new byte[] {1, 2, 3}, Clock.fixed(T0, ZoneOffset.UTC)).issue();
    DigestNonces ours = new DigestNonces(KEY, Clock.fixed(T0, ZoneOffset.UTC));

    assertThat(ours.use(foreign, "00000001")).isEqualTo(Check.INVALID);
    assertThat(ours.use("not-a-nonce", "00000001")).isEqualTo(Check.INVALID);
    assertThat(ours.use(ours.issue(), "zz")).isEqualTo(Check.INVALID);
  }
}
