package org.openparcs.controller.camera.model;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Server nonces for HTTP Digest: the issue time, 8 random bytes (every challenge its own nonce, so
 * two cameras never share a count) and an HMAC of both under a key made at start, so no nonce is
 * stored until used. A nonce is good for {@link #LIFETIME}; after that the camera is told {@code
 * stale=true} and retries with a fresh one. Each use must carry a higher {@code nc} than the last
 * one seen for that nonce: a captured request replayed is refused.
 */
public final class DigestNonces {

  public static final Duration LIFETIME = Duration.ofMinutes(5);

  /** Whether a nonce may be used. */
  public enum Check {
    FRESH,
    STALE,
    INVALID,
    REPLAYED
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int SIZE = 8 + 8 + 16;

  private final SecretKeySpec key;
  private final Clock clock;
  private final Map<String, Long> lastCount = new ConcurrentHashMap<>();

  public DigestNonces(byte[] key, Clock clock) {
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    this.clock = clock;
  }

  public String issue() {
    byte[] salt = new byte[8];
    RANDOM.nextBytes(salt);
    return encode(clock.instant().getEpochSecond(), salt);
  }

  /** Checks the nonce and, when fresh, records {@code nc} (hex) as used. */
  public Check use(String nonce, String nc) {
    long issued;
    try {
      byte[] raw = Base64.getUrlDecoder().decode(nonce);
      if (raw.length != SIZE) {
        return Check.INVALID;
      }
      issued = ByteBuffer.wrap(raw, 0, 8).getLong();
      byte[] salt = Arrays.copyOfRange(raw, 8, 16);
      if (!MessageDigest.isEqual(raw, Base64.getUrlDecoder().decode(encode(issued, salt)))) {
        return Check.INVALID;
      }
    } catch (IllegalArgumentException e) {
      return Check.INVALID;
    }
    Instant now = clock.instant();
    if (Instant.ofEpochSecond(issued).plus(LIFETIME).isBefore(now)) {
      return Check.STALE;
    }
    long count;
    try {
      count = Long.parseLong(nc, 16);
    } catch (NumberFormatException | NullPointerException e) {
      return Check.INVALID;
    }
    forgetExpired(now);
    Long before = lastCount.get(nonce);
    boolean advanced =
        (before == null ? lastCount.putIfAbsent(nonce, count) == null : false)
            || (before != null && count > before && lastCount.replace(nonce, before, count));
    return advanced ? Check.FRESH : Check.REPLAYED;
  }

  private void forgetExpired(Instant now) {
    if (lastCount.size() < 10_000) {
      return;
    }
    for (Iterator<String> it = lastCount.keySet().iterator(); it.hasNext(); ) {
      byte[] raw = Base64.getUrlDecoder().decode(it.next());
      long issued = ByteBuffer.wrap(raw, 0, 8).getLong();
      if (Instant.ofEpochSecond(issued).plus(LIFETIME).isBefore(now)) {
        it.remove();
      }
    }
  }

  private String encode(long issued, byte[] salt) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] head = ByteBuffer.allocate(16).putLong(issued).put(salt).array();
      byte[] tag = Arrays.copyOf(mac.doFinal(head), 16);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(ByteBuffer.allocate(SIZE).put(head).put(tag).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
