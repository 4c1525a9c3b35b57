package org.openparcs.portal.user.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.openparcs.portal.user.application.PasswordHasher;
import org.openparcs.portal.user.model.PasswordHash;

/**
 * Argon2id through Bouncy Castle (pure Java, no natives), encoded in the PHC string format: {@code
 * $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>} with unpadded Base64.
 */
final class Argon2idPasswordHasher implements PasswordHasher {

  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

  private final Argon2Settings settings;
  private final SecureRandom random = new SecureRandom();

  Argon2idPasswordHasher(Argon2Settings settings) {
    this.settings = settings;
  }

  @Override
  public PasswordHash hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    int m = settings.memoryKib();
    int t = settings.iterations();
    int p = settings.parallelism();
    byte[] hash = derive(password, salt, m, t, p, HASH_BYTES);
    return new PasswordHash(
        "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
            .formatted(m, t, p, B64.encodeToString(salt), B64.encodeToString(hash)));
  }

  @Override
  public boolean matches(String password, PasswordHash stored) {
    Matcher phc = PHC.matcher(stored.encoded());
    if (!phc.matches()) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(phc.group(4));
    byte[] expected = Base64.getDecoder().decode(phc.group(5));
    byte[] actual =
        derive(
            password,
            salt,
            Integer.parseInt(phc.group(1)),
            Integer.parseInt(phc.group(2)),
            Integer.parseInt(phc.group(3)),
            expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(String password, byte[] salt, int m, int t, int p, int length) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(m)
            .withIterations(t)
            .withParallelism(p)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
