package org.openparcs.portal.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.openparcs.portal.user.application.SecondFactor;

/**
 * A second factor whose valid code is derived from the time step in a way a test can compute: the
 * code of step {@code s} is the last six digits of {@code s}. The real TOTP has its own test.
 */
public final class ScriptedSecondFactor implements SecondFactor {

  private int issued;

  public static String codeAt(Instant at) {
    return String.format("%06d", (at.getEpochSecond() / 30) % 1_000_000);
  }

  @Override
  public String newSecret() {
    return "JBSWY3DPEHPK3PXP";
  }

  @Override
  public OptionalLong stepOf(String secret, String code, Instant now) {
    long step = now.getEpochSecond() / 30;
    return codeAt(now).equals(code) ? OptionalLong.of(step) : OptionalLong.empty();
  }

  @Override
  public String otpauthUri(String account, String secret) {
    return "otpauth://totp/" + account + "?secret=" + secret;
  }

  @Override
  public byte[] qrPng(String account, String secret) {
    return new byte[] {1};
  }

  @Override
  public List<String> newRecoveryCodes(int count) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      codes.add(String.format("code-%04d-abcd", ++issued));
    }
    return codes;
  }
}
