package org.openparcs.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openparcs.identity.Verification.Refused;
import org.openparcs.identity.Verification.Why;

class RequestVerifierTest {

  static final Instant NOW = Instant.parse("2026-11-22T20:00:00Z");
  static final KeyPair G1 = MachineKeys.generate();
  static final KeyPair G1_OLD = MachineKeys.generate();
  static final SigningKey SIGNER = new SigningKey("g1-2026", G1.getPrivate());
  static final byte[] BODY = "{\"events\":[]}".getBytes(StandardCharsets.UTF_8);
  static final String PATH = "/api/garages/G1/events";

  final RequestVerifier verifier =
      new RequestVerifier(
          new StaticKeys(
              List.of(
                  new TrustedKey("g1-2026", "G1", G1.getPublic(), true),
                  new TrustedKey("g1-2025", "G1", G1_OLD.getPublic(), false))),
          new RecentNonces(Duration.ofMinutes(5)),
          Duration.ofMinutes(5),
          Clock.fixed(NOW, ZoneOffset.UTC));

  Verification check(String method, String path, byte[] body, Map<String, String> headers) {
    return verifier.verify(method, path, body, headers::get);
  }

  @Test
  void acceptsARequestSignedByAnActiveKeyAndNamesItsOwner() {
    Map<String, String> h = SignedRequests.sign(SIGNER, "POST", PATH, BODY, NOW);
    assertThat(check("POST", PATH, BODY, h)).isEqualTo(new Verification.Verified("g1-2026", "G1"));
  }

  @Test
  void refusesTheSameRequestSentTwice() {
    Map<String, String> h = SignedRequests.sign(SIGNER, "POST", PATH, BODY, NOW);
    assertThat(check("POST", PATH, BODY, h).verified()).isTrue();
    assertThat(why(check("POST", PATH, BODY, h))).isEqualTo(Why.REPLAYED);
  }

  @Test
  void refusesATamperedBodyPathOrMethod() {
    Map<String, String> h = SignedRequests.sign(SIGNER, "POST", PATH, BODY, NOW);
    byte[] other = "{\"events\":[1]}".getBytes(StandardCharsets.UTF_8);
    assertThat(why(check("POST", PATH, other, h))).isEqualTo(Why.BAD_SIGNATURE);
    assertThat(why(check("POST", "/api/garages/G2/events", BODY, h))).isEqualTo(Why.BAD_SIGNATURE);
    assertThat(why(check("PUT", PATH, BODY, h))).isEqualTo(Why.BAD_SIGNATURE);
    // The tampered attempts did not use up the nonce: the genuine request still passes.
    assertThat(check("POST", PATH, BODY, h).verified()).isTrue();
  }

  @Test
  void refusesARequestSignedOutsideTheReplayWindow() {
    Map<String, String> old =
        SignedRequests.sign(SIGNER, "POST", PATH, BODY, NOW.minus(Duration.ofMinutes(6)));
    Map<String, String> future =
        SignedRequests.sign(SIGNER, "POST", PATH, BODY, NOW.plus(Duration.ofMinutes(6)));
    assertThat(why(check("POST", PATH, BODY, old))).isEqualTo(Why.STALE);
    assertThat(why(check("POST", PATH, BODY, future))).isEqualTo(Why.STALE);
  }

  @Test
  void refusesUnknownRevokedAndForeignKeys() {
    SigningKey unknown = new SigningKey("g9", MachineKeys.generate().getPrivate());
    SigningKey revoked = new SigningKey("g1-2025", G1_OLD.getPrivate());
    SigningKey impostor = new SigningKey("g1-2026", MachineKeys.generate().getPrivate());
    assertThat(
            why(check("POST", PATH, BODY, SignedRequests.sign(unknown, "POST", PATH, BODY, NOW))))
        .isEqualTo(Why.UNKNOWN_KEY);
    assertThat(
            why(check("POST", PATH, BODY, SignedRequests.sign(revoked, "POST", PATH, BODY, NOW))))
        .isEqualTo(Why.REVOKED_KEY);
    assertThat(
            why(check("POST", PATH, BODY, SignedRequests.sign(impostor, "POST", PATH, BODY, NOW))))
        .isEqualTo(Why.BAD_SIGNATURE);
  }

  @Test
  void refusesUnsignedAndMalformedRequests() {
    assertThat(why(check("POST", PATH, BODY, Map.of()))).isEqualTo(Why.UNSIGNED);
    Map<String, String> h = new HashMap<>(SignedRequests.sign(SIGNER, "POST", PATH, BODY, NOW));
    h.put(SignedRequests.TIMESTAMP, "yesterday");
    assertThat(why(check("POST", PATH, BODY, h))).isEqualTo(Why.MALFORMED);
    h = new HashMap<>(SignedRequests.sign(SIGNER, "POST", PATH, BODY, NOW));
    h.put(SignedRequests.SIGNATURE, "not base64!");
    assertThat(why(check("POST", PATH, BODY, h))).isEqualTo(Why.BAD_SIGNATURE);
  }

  static Why why(Verification v) {
    return v.match(ok -> null, Refused::why);
  }
}
