package org.openparcs.controller.payment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final Instant NOW = Instant.parse("2026-11-22T20:00:00Z");
  private static final byte[] BODY = "{\"reference\":\"a-1\"}".getBytes(StandardCharsets.UTF_8);
  private final WebhookSignature signature =
      new WebhookSignature("0123456789abcdef-secret", Duration.ofMinutes(5));

  @Test
  void aBodySignedWithTheSecretIsValid() {
    String header = signature.header(NOW.getEpochSecond(), BODY);

    assertThat(signature.verify(header, BODY, NOW)).isEqualTo(WebhookSignature.Verdict.VALID);
  }

  @Test
  void aChangedBodyOrAnotherSecretDoesNotMatch() {
    String header = signature.header(NOW.getEpochSecond(), BODY);
    WebhookSignature other = new WebhookSignature("another-secret-0123456", Duration.ofMinutes(5));

    assertThat(signature.verify(header, "{}".getBytes(StandardCharsets.UTF_8), NOW))
        .isEqualTo(WebhookSignature.Verdict.MISMATCH);
    assertThat(other.verify(header, BODY, NOW)).isEqualTo(WebhookSignature.Verdict.MISMATCH);
  }

  @Test
  void theTimestampIsSignedSoItCannotBeMovedIntoTheWindow() {
    String old = signature.header(NOW.minusSeconds(3600).getEpochSecond(), BODY);
    String moved = old.replaceFirst("t=\\d+", "t=" + NOW.getEpochSecond());

    assertThat(signature.verify(old, BODY, NOW)).isEqualTo(WebhookSignature.Verdict.STALE);
    assertThat(signature.verify(moved, BODY, NOW)).isEqualTo(WebhookSignature.Verdict.MISMATCH);
  }

  @Test
  void missingOrGarbledHeadersAreNamed() {
    assertThat(signature.verify(null, BODY, NOW)).isEqualTo(WebhookSignature.Verdict.MISSING);
    assertThat(signature.verify("v1=zz", BODY, NOW)).isEqualTo(WebhookSignature.Verdict.MALFORMED);
    assertThat(signature.verify("t=abc,v1=00", BODY, NOW))
        .isEqualTo(WebhookSignature.Verdict.MALFORMED);
  }

  @Test
  void aShortSecretIsRefused() {
    assertThatThrownBy(() -> new WebhookSignature("short", Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
