package org.openparcs.demo;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The demo coordinator's second factor. The portal requires TOTP for every user (POLICY A1); the
 * demo provisions the coordinator's secret at bootstrap and shows its current code, so a newcomer
 * can log in without a phone. The secret is also printed for an authenticator app. It is kept in
 * the demo's data folder, so {@code --keep-data} keeps working with the same coordinator.
 */
final class DemoAuthenticator {

  private final String secret;
  private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

  private DemoAuthenticator(String secret) {
    this.secret = secret;
  }

  /** The secret kept in {@code data}, made now when there is none. */
  static DemoAuthenticator in(Path data) {
    Path file = data.resolve("coordinator-totp-secret");
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(data);
        Files.writeString(file, new DefaultSecretGenerator(32).generate());
      }
      return new DemoAuthenticator(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the demo's TOTP secret in " + file, e);
    }
  }

  String secret() {
    return secret;
  }

  /** The code an authenticator app shows at {@code at}, and the 30-second step it belongs to. */
  String codeAt(Instant at) {
    try {
      return codes.generate(secret, step(at));
    } catch (CodeGenerationException e) {
      throw new IllegalStateException(e);
    }
  }

  static long step(Instant at) {
    return at.getEpochSecond() / 30;
  }
}
