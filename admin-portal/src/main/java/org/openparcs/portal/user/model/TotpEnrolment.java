package org.openparcs.portal.user.model;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A user's TOTP secret (RFC 6238: SHA-1, 6 digits, 30-second steps, as every authenticator app
 * reads from the QR code).
 *
 * @param secret the shared secret in Base32
 * @param confirmedAt when the user first proved a code; null while enrolment is pending
 * @param lastStep the last time step a code was accepted for; a code is never accepted twice (0
 *     when none was)
 */
public record TotpEnrolment(String secret, Instant confirmedAt, long lastStep) {

  private static final Pattern BASE32 = Pattern.compile("[A-Z2-7]{16,64}");

  public TotpEnrolment {
    if (secret == null || !BASE32.matcher(secret).matches()) {
      throw new IllegalArgumentException("a TOTP secret is 16 to 64 Base32 characters");
    }
  }

  public boolean confirmed() {
    return confirmedAt != null;
  }

  @Override
  public String toString() {
    return "TotpEnrolment[secret=****, confirmedAt=" + confirmedAt + "]";
  }
}
