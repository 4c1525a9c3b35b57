package org.openparcs.protection;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Seals plate text (and other short ALPR values, such as an event payload) for one column: POLICY
 * K1. AES-256-GCM with a random 96-bit nonce and a 128-bit tag; the context (e.g. {@code
 * "garage.plate_read.plate"}) is authenticated, so a value moved to another column fails to open.
 * The sealed form carries a version byte and the key id, so values stay readable after rotation.
 */
public final class PlateCipher {
  private static final Envelope ENVELOPE = new Envelope(new byte[0]);

  private final PlateKeys keys;

  public PlateCipher(PlateKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  public byte[] seal(String plate, String context) {
    Objects.requireNonNull(plate, "plate");
    return sealBytes(plate.getBytes(StandardCharsets.UTF_8), context);
  }

  /** Opens a value sealed for {@code context}; {@link UnsealException} if it cannot. */
  public String open(byte[] sealed, String context) {
    return new String(openBytes(sealed, context), StandardCharsets.UTF_8);
  }

  /** Seals {@code null} as {@code null}, for optional columns. */
  public byte[] sealNullable(String plate, String context) {
    return plate == null ? null : seal(plate, context);
  }

  /** Opens {@code null} as {@code null}, for optional columns. */
  public String openNullable(byte[] sealed, String context) {
    return sealed == null ? null : open(sealed, context);
  }

  public byte[] sealBytes(byte[] plain, String context) {
    Objects.requireNonNull(plain, "plain");
    return ENVELOPE.seal(keys, plain, requireContext(context));
  }

  public byte[] openBytes(byte[] sealed, String context) {
    if (sealed == null) {
      throw new UnsealException("no sealed value");
    }
    return ENVELOPE.open(keys, sealed, requireContext(context));
  }

  /** Whether the value was sealed under a data key other than the current one. */
  public boolean needsRekey(byte[] sealed) {
    return !keys.currentDataKeyId().equals(ENVELOPE.keyId(sealed));
  }

  /** The id of the data key a value was sealed under. */
  public String keyIdOf(byte[] sealed) {
    return ENVELOPE.keyId(sealed);
  }

  /**
   * The first bytes of every value sealed now: a store can find rows to re-key in SQL with {@code
   * LEFT(col, n) <> ?}.
   */
  public byte[] currentPrefix() {
    return ENVELOPE.header(keys.currentDataKeyId());
  }

  /** Whether these bytes look like a sealed value (version byte and key id present). */
  public static boolean looksSealed(byte[] bytes) {
    return ENVELOPE.recognises(bytes);
  }

  private static String requireContext(String context) {
    if (context == null || context.isBlank()) {
      throw new IllegalArgumentException("a context (the column a value belongs to) is required");
    }
    return context;
  }
}
