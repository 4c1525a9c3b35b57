package org.openparcs.controller.payment.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The online payment provider signs each webhook: header {@code t=<unix seconds>,v1=<hex>} where
 * {@code v1} is HMAC-SHA256 under the shared secret of {@code "<t>." + raw body}. A body is
 * accepted only with a valid signature and a timestamp within the tolerance of now, so a captured
 * request cannot be replayed later; within the tolerance, a replay carries the same payment
 * reference and is recorded once.
 */
public final class WebhookSignature {

  /** The verdict on one delivery. */
  public enum Verdict {
    VALID,
    MISSING,
    MALFORMED,
    MISMATCH,
    STALE;

    /** A sentence for the provider's logs; never reveals the expected signature. */
    public String explanation() {
      switch (this) {
        case MISSING:
          return "the webhook carries no signature header";
        case MALFORMED:
          return "the signature header is not of the form t=<unix seconds>,v1=<hex>";
        case MISMATCH:
          return "the webhook signature does not match its body";
        case STALE:
          return "the webhook timestamp is outside the accepted window; replays are refused";
        default:
          return "valid";
      }
    }
  }

  private static final String ALGORITHM = "HmacSHA256";
  private final byte[] secret;
  private final Duration tolerance;

  public WebhookSignature(String secret, Duration tolerance) {
    if (secret == null || secret.length() < 16) {
      throw new IllegalArgumentException("the webhook secret must be at least 16 characters");
    }
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.tolerance = tolerance;
  }

  public Verdict verify(String header, byte[] body, Instant now) {
    if (header == null || header.isBlank()) {
      return Verdict.MISSING;
    }
    Long timestamp = null;
    byte[] given = null;
    for (String part : header.split(",")) {
      String p = part.strip();
      try {
        if (p.startsWith("t=")) {
          timestamp = Long.parseLong(p.substring(2));
        } else if (p.startsWith("v1=")) {
          given = HexFormat.of().parseHex(p.substring(3));
        }
      } catch (IllegalArgumentException e) {
        return Verdict.MALFORMED;
      }
    }
    if (timestamp == null || given == null) {
      return Verdict.MALFORMED;
    }
    if (!MessageDigest.isEqual(given, mac(timestamp, body))) {
      return Verdict.MISMATCH;
    }
    long age = Math.abs(now.getEpochSecond() - timestamp);
    return age > tolerance.toSeconds() ? Verdict.STALE : Verdict.VALID;
  }

  /** The header the provider sends for {@code body} at {@code timestamp}. */
  public String header(long timestamp, byte[] body) {
    return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac(timestamp, body));
  }

  private byte[] mac(long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
    }
  }
}
