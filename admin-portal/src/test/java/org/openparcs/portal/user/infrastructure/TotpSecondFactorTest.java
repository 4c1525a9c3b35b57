package org.openparcs.portal.user.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The real TOTP (RFC 6238) through the library: the RFC's own test vector, and the QR code. */
class TotpSecondFactorTest {

  /** RFC 6238 appendix B's SHA-1 seed "12345678901234567890" in Base32. */
  private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  private final TotpSecondFactor totp = new TotpSecondFactor("PARCS test");

  @Test
  void acceptsTheRfc6238CodeAtFiftyNineSecondsAndNamesItsStep() {
    // RFC 6238: T = 59 s gives 94287082; six digits are its last six.
    assertThat(totp.stepOf(RFC_SECRET, "287082", Instant.ofEpochSecond(59))).hasValue(1L);
  }

  @Test
  void acceptsOneStepOfDriftEitherWayButNotTwo() {
    assertThat(totp.stepOf(RFC_SECRET, "287082", Instant.ofEpochSecond(59 + 30))).hasValue(1L);
    assertThat(totp.stepOf(RFC_SECRET, "287082", Instant.ofEpochSecond(59 + 60))).isEmpty();
  }

  @Test
  void refusesAWrongCode() {
    assertThat(totp.stepOf(RFC_SECRET, "123456", Instant.ofEpochSecond(59))).isEmpty();
  }

  @Test
  void makesBase32SecretsAndAnOtpauthUriAndAPngQrCode() {
    String secret = totp.newSecret();

    assertThat(secret).matches("[A-Z2-7]{32}");
    assertThat(totp.otpauthUri("alice", secret))
        .startsWith("otpauth://totp/")
        .contains("secret=" + secret, "issuer=PARCS", "digits=6", "period=30");
    byte[] png = totp.qrPng("alice", secret);
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }

  @Test
  void issuesDistinctRecoveryCodes() {
    assertThat(totp.newRecoveryCodes(10)).hasSize(10).doesNotHaveDuplicates();
  }
}
