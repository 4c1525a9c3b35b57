package org.openparcs.portal.user.infrastructure;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.openparcs.portal.user.application.SecondFactor;

/**
 * RFC 6238 TOTP through dev.samstevens.totp (codes, secrets, recovery codes) and its ZXing QR
 * generator. The library is touched here only. The time step comes from the portal's clock, not the
 * library's, so tests control it.
 */
final class TotpSecondFactor implements SecondFactor {

  private static final int PERIOD_SECONDS = 30;
  private static final int DIGITS = 6;

  private final String issuer;
  private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
  private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
  private final RecoveryCodeGenerator recovery = new RecoveryCodeGenerator();

  TotpSecondFactor(String issuer) {
    this.issuer = issuer;
  }

  @Override
  public String newSecret() {
    return secrets.generate();
  }

  @Override
  public OptionalLong stepOf(String secret, String code, Instant now) {
    long current = Math.floorDiv(now.getEpochSecond(), PERIOD_SECONDS);
    byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
    // One step either side: a phone's clock may be up to 30 s off.
    for (long step = current - 1; step <= current + 1; step++) {
      byte[] expected = generate(secret, step).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, typed)) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  private String generate(String secret, long step) {
    try {
      return codes.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("cannot compute a TOTP code", e);
    }
  }

  @Override
  public String otpauthUri(String account, String secret) {
    return data(account, secret).getUri();
  }

  @Override
  public byte[] qrPng(String account, String secret) {
    try {
      return new ZxingPngQrGenerator().generate(data(account, secret));
    } catch (QrGenerationException e) {
      throw new IllegalStateException("cannot draw the QR code", e);
    }
  }

  private QrData data(String account, String secret) {
    return new QrData.Builder()
        .label(account)
        .secret(secret)
        .issuer(issuer)
        .algorithm(HashingAlgorithm.SHA1)
        .digits(DIGITS)
        .period(PERIOD_SECONDS)
        .build();
  }

  @Override
  public List<String> newRecoveryCodes(int count) {
    return Arrays.asList(recovery.generateCodes(count));
  }
}
