package org.openparcs.portal.user.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openparcs.portal.user.model.PasswordHash;

/** Argon2id hashes in PHC format, salted, checked in constant time. */
class Argon2idPasswordHasherTest {

  private final Argon2idPasswordHasher hasher =
      new Argon2idPasswordHasher(new Argon2Settings(1024, 1, 1));

  @Test
  void hashMatchesOnlyItsOwnPassword() {
    PasswordHash hash = hasher.hash("correct horse");

    assertThat(hash.encoded()).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
    assertThat(hasher.matches("correct horse", hash)).isTrue();
    assertThat(hasher.matches("correct horsE", hash)).isFalse();
  }

  @Test
  void saltsEveryHashAfresh() {
    assertThat(hasher.hash("same")).isNotEqualTo(hasher.hash("same"));
  }

  @Test
  void checksAHashMadeWithOtherParameters() {
    PasswordHash strong = new Argon2idPasswordHasher(new Argon2Settings(2048, 2, 1)).hash("pw");

    assertThat(hasher.matches("pw", strong)).isTrue();
  }

  @Test
  void refusesAnythingThatIsNotAnArgon2idHash() {
    assertThat(hasher.matches("pw", new PasswordHash("$2a$10$abcdefghijklmnopqrstuv"))).isFalse();
  }
}
