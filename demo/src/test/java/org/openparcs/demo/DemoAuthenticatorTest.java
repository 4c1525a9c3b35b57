package org.openparcs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo coordinator's authenticator: a kept secret and the codes any TOTP app would show. */
class DemoAuthenticatorTest {

  @TempDir Path data;

  @Test
  void keepsOneSecretPerDataFolderSoKeepDataKeepsWorking() {
    DemoAuthenticator first = DemoAuthenticator.in(data);
    DemoAuthenticator again = DemoAuthenticator.in(data);

    assertThat(first.secret()).matches("[A-Z2-7]{32}").isEqualTo(again.secret());
  }

  @Test
  void showsTheRfc6238CodeOfItsSecret() throws IOException {
    // RFC 6238 appendix B, SHA-1 seed "12345678901234567890": 94287082 at 59 s, six digits shown.
    Files.writeString(data.resolve("coordinator-totp-secret"), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

    assertThat(DemoAuthenticator.in(data).codeAt(Instant.ofEpochSecond(59))).isEqualTo("287082");
  }

  @Test
  void aFreshDemoStartGetsAFreshSecret() {
    String before = DemoAuthenticator.in(data).secret();

    DemoData.clear(data);

    assertThat(DemoAuthenticator.in(data).secret()).isNotEqualTo(before);
  }
}
