package org.openparcs.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.openparcs.identity.Verification.Refused;
import org.openparcs.identity.Verification.Why;

/**
 * Checks a signed request (see {@link SignedRequests}): the headers are well formed, the timestamp
 * within {@code window} of the verifier's clock, the key known and active, the signature valid over
 * method, path, body, timestamp and nonce, and only then the nonce unused (so a forger cannot burn
 * nonces). The nonce log need only remember the window.
 */
public final class RequestVerifier {

  private final KeyDirectory keys;
  private final NonceLog nonces;
  private final Duration window;
  private final Clock clock;

  public RequestVerifier(KeyDirectory keys, NonceLog nonces, Duration window, Clock clock) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("the replay window must be positive");
    }
    this.keys = keys;
    this.nonces = nonces;
    this.window = window;
    this.clock = clock;
  }

  /**
   * @param header the request's header value by name, null when absent
   */
  public Verification verify(
      String method, String pathAndQuery, byte[] body, Function<String, String> header) {
    String keyId = header.apply(SignedRequests.KEY_ID);
    String timestamp = header.apply(SignedRequests.TIMESTAMP);
    String nonce = header.apply(SignedRequests.NONCE);
    String signature = header.apply(SignedRequests.SIGNATURE);
    if (keyId == null && signature == null) {
      return new Refused(Why.UNSIGNED, "the request is not signed");
    }
    if (!KeyIds.isValid(keyId)
        || timestamp == null
        || !timestamp.matches("\\d{1,12}")
        || nonce == null
        || !SignedRequests.NONCE_FORMAT.matcher(nonce).matches()
        || signature == null
        || signature.length() > 200) {
      return new Refused(
          Why.MALFORMED,
          "malformed signature headers (Parcs-Key-Id, Parcs-Timestamp, Parcs-Nonce,"
              + " Parcs-Signature)");
    }
    Instant now = clock.instant();
    Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
    if (Duration.between(signedAt, now).abs().compareTo(window) > 0) {
      return new Refused(
          Why.STALE,
          "the request was signed at " + signedAt + ", outside the replay window of " + window);
    }
    Optional<TrustedKey> key = keys.find(keyId);
    if (key.isEmpty()) {
      return new Refused(Why.UNKNOWN_KEY, "no enrolled key " + keyId);
    }
    if (!key.get().active()) {
      return new Refused(Why.REVOKED_KEY, "key " + keyId + " is revoked");
    }
    String text = SignedRequests.canonical(method, pathAndQuery, body, timestamp, nonce, keyId);
    if (!key.get().verifies(text.getBytes(StandardCharsets.UTF_8), signature)) {
      return new Refused(
          Why.BAD_SIGNATURE, "the signature does not match the request (altered or forged)");
    }
    if (!nonces.firstUse(keyId, nonce, now)) {
      return new Refused(Why.REPLAYED, "this request was already received (replayed nonce)");
    }
    return new Verification.Verified(keyId, key.get().owner());
  }
}
