package org.openparcs.portal.user.application;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** TOTP (RFC 6238) codes, their QR code, and recovery codes (POLICY A1). */
public interface SecondFactor {

  /** A new random secret in Base32. */
  String newSecret();

  /**
   * The time step {@code code} is valid for at {@code now} (allowing one step of clock drift either
   * way); empty when the code is wrong.
   */
  OptionalLong stepOf(String secret, String code, Instant now);

  /** The {@code otpauth://} URI an authenticator app reads from the QR code. */
  String otpauthUri(String account, String secret);

  /** The QR code of that URI as a PNG image. */
  byte[] qrPng(String account, String secret);

  /** {@code count} new random recovery codes, as the user types them. */
  List<String> newRecoveryCodes(int count);
}
