package org.openparcs.portal.common.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A SHA-256 digest as 64 lower-case hex characters. */
public record Sha256(String hex) {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /** The all-zero digest that stands before the first link of a hash chain. */
  public static final Sha256 ZERO = new Sha256("0".repeat(64));

  public Sha256 {
    if (hex == null || !HEX64.matcher(hex).matches()) {
      throw new IllegalArgumentException("a SHA-256 digest is 64 lower-case hex characters");
    }
  }

  /** The digest of the UTF-8 bytes of {@code text}. */
  public static Sha256 of(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return new Sha256(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      // Every Java runtime must provide SHA-256 (java.security.MessageDigest contract).
      throw new IllegalStateException(e);
    }
  }

  /** Compares in constant time, so a caller cannot learn a digest byte by byte. */
  public boolean sameAs(Sha256 other) {
    return other != null
        && MessageDigest.isEqual(
            hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return hex;
  }
}
