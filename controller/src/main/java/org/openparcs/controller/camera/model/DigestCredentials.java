package org.openparcs.controller.camera.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openparcs.controller.garage.model.CameraId;

/**
 * HTTP Digest (RFC 7616, {@code qop=auth}) for cameras that cannot send a bearer token: per camera
 * the precomputed {@code HA1 = H(camera-id:realm:token)} for SHA-256 and for MD5 (older cameras),
 * so the token itself is not kept. A response is checked in constant time; the nonce is checked by
 * {@link DigestNonces} before.
 */
public final class DigestCredentials {

  public static final String REALM = "cameras";

  /**
   * The algorithms offered, strongest first (RFC 7616 section 3.7: SHA-256, and MD5 for old ones).
   */
  public enum Algorithm {
    SHA_256("SHA-256", "SHA-256"),
    MD5("MD5", "MD5");

    private final String token;
    private final String jdk;

    Algorithm(String token, String jdk) {
      this.token = token;
      this.jdk = jdk;
    }

    /** The name in the {@code algorithm} parameter. */
    public String token() {
      return token;
    }

    public String hash(String text) {
      try {
        return HexFormat.of()
            .formatHex(
                MessageDigest.getInstance(jdk).digest(text.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    public static Optional<Algorithm> of(String token) {
      if (token == null) {
        return Optional.of(MD5); // RFC 7616 3.3: absent means MD5
      }
      for (Algorithm a : values()) {
        if (a.token.equalsIgnoreCase(token)) {
          return Optional.of(a);
        }
      }
      return Optional.empty();
    }
  }

  /** What a camera sent in {@code Authorization: Digest ...}, parsed. */
  public record Response(
      String username,
      String realm,
      String nonce,
      String uri,
      String algorithm,
      String qop,
      String nc,
      String cnonce,
      String response) {}

  private final Map<CameraId, Map<Algorithm, String>> ha1 = new HashMap<>();

  /** Registers a camera's token for Digest (the token must be known in clear to derive HA1). */
  public void add(CameraId camera, String token) {
    Map<Algorithm, String> byAlgorithm = new HashMap<>();
    for (Algorithm a : Algorithm.values()) {
      byAlgorithm.put(a, a.hash(camera.value() + ":" + REALM + ":" + token));
    }
    ha1.put(camera, byAlgorithm);
  }

  /**
   * The camera whose token produced this response for {@code method}, or empty: unknown user,
   * another realm, an unsupported algorithm or qop, or a wrong response.
   */
  public Optional<CameraId> verify(Response r, String method) {
    Optional<Algorithm> algorithm = Algorithm.of(r.algorithm());
    CameraId camera;
    try {
      camera = new CameraId(r.username());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Map<Algorithm, String> known = ha1.get(camera);
    if (known == null
        || algorithm.isEmpty()
        || !REALM.equals(r.realm())
        || !"auth".equals(r.qop())
        || r.nc() == null
        || r.cnonce() == null
        || r.response() == null) {
      return Optional.empty();
    }
    Algorithm a = algorithm.get();
    String ha2 = a.hash(method + ":" + r.uri());
    String expected =
        a.hash(known.get(a) + ":" + r.nonce() + ":" + r.nc() + ":" + r.cnonce() + ":auth:" + ha2);
    boolean same =
        MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            r.response().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    return same ? Optional.of(camera) : Optional.empty();
  }
}
