package org.openparcs.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The signed-request format between garages and the portal. The signer sends four headers:
 *
 * <ul>
 *   <li>{@code Parcs-Key-Id}: the enrolled key that signed;
 *   <li>{@code Parcs-Timestamp}: Unix seconds when signed (the verifier's replay window);
 *   <li>{@code Parcs-Nonce}: 16 random bytes, Base64url, used once per key;
 *   <li>{@code Parcs-Signature}: Base64 Ed25519 signature of the canonical text.
 * </ul>
 *
 * <p>The canonical text is {@code PARCS-REQUEST-1}, method, path with query, hex SHA-256 of the
 * body (of no bytes when there is none), timestamp, nonce and key id, each on its own line. A
 * changed method, path (another garage's), body, time or nonce breaks the signature.
 */
public final class SignedRequests {

  public static final String KEY_ID = "Parcs-Key-Id";
  public static final String TIMESTAMP = "Parcs-Timestamp";
  public static final String NONCE = "Parcs-Nonce";
  public static final String SIGNATURE = "Parcs-Signature";

  static final Pattern NONCE_FORMAT = Pattern.compile("[A-Za-z0-9_-]{16,64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private SignedRequests() {}

  /** The headers to send with a request signed now by {@code key}. */
  public static Map<String, String> sign(
      SigningKey key, String method, String pathAndQuery, byte[] body, Instant now) {
    byte[] n = new byte[16];
    RANDOM.nextBytes(n);
    String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(n);
    return sign(key, method, pathAndQuery, body, now.getEpochSecond(), nonce);
  }

  static Map<String, String> sign(
      SigningKey key, String method, String pathAndQuery, byte[] body, long epoch, String nonce) {
    String text = canonical(method, pathAndQuery, body, Long.toString(epoch), nonce, key.keyId());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(KEY_ID, key.keyId());
    headers.put(TIMESTAMP, Long.toString(epoch));
    headers.put(NONCE, nonce);
    headers.put(SIGNATURE, key.sign(text.getBytes(StandardCharsets.UTF_8)));
    return headers;
  }

  static String canonical(
      String method,
      String pathAndQuery,
      byte[] body,
      String timestamp,
      String nonce,
      String keyId) {
    return "PARCS-REQUEST-1\n"
        + method.toUpperCase(java.util.Locale.ROOT)
        + '\n'
        + pathAndQuery
        + '\n'
        + sha256Hex(body == null ? new byte[0] : body)
        + '\n'
        + timestamp
        + '\n'
        + nonce
        + '\n'
        + keyId;
  }

  static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
