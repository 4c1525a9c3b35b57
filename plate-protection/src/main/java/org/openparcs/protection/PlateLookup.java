package org.openparcs.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes for searching and joining on plates without storing them (POLICY K1): HMAC-SHA256
 * with the current lookup key, 32 bytes (store in {@code BINARY(32)}). The caller normalises the
 * plate first (same form at write and at lookup).
 */
public final class PlateLookup {
  public static final int HASH_BYTES = 32;

  private final PlateKeys keys;

  /**
   * Per thread, one HMAC engine per lookup key id, keyed once and reset by each {@code doFinal}
   * (making and keying a Mac per value cost the portal's ingest measurably). Held per instance: an
   * instance has one immutable key ring, so a key id always means the same key here; a rotated ring
   * is a new instance with its own engines.
   */
  private final ThreadLocal<Map<String, Mac>> macs = ThreadLocal.withInitial(HashMap::new);

  public PlateLookup(PlateKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** The hash under the current lookup key. */
  public byte[] hash(String normalisedPlate) {
    return hash(keys.currentLookupKeyId(), normalisedPlate);
  }

  /** {@code null} for {@code null}, for optional columns. */
  public byte[] hashNullable(String normalisedPlate) {
    return normalisedPlate == null ? null : hash(normalisedPlate);
  }

  /**
   * The hash under every configured lookup key, current first: lookups keep finding rows written
   * before a lookup-key rotation until the re-key has rewritten their hashes.
   */
  public List<byte[]> candidates(String normalisedPlate) {
    List<byte[]> out = new ArrayList<>();
    out.add(hash(normalisedPlate));
    for (String id : keys.lookupKeyIds()) {
      if (!id.equals(keys.currentLookupKeyId())) {
        out.add(hash(id, normalisedPlate));
      }
    }
    return out;
  }

  /**
   * Whether more than one lookup key is configured: rows may still carry hashes under an old key
   * until the re-key has rewritten them, so a unique key on a hash column does not see them.
   */
  public boolean rotationPending() {
    return keys.lookupKeyIds().size() > 1;
  }

  public String currentKeyId() {
    return keys.currentLookupKeyId();
  }

  private byte[] hash(String keyId, String normalisedPlate) {
    Objects.requireNonNull(normalisedPlate, "normalisedPlate");
    Mac mac = macs.get().computeIfAbsent(keyId, this::keyedMac);
    return mac.doFinal(normalisedPlate.getBytes(StandardCharsets.UTF_8));
  }

  private Mac keyedMac(String keyId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(keys.lookupKey(keyId), "HmacSHA256"));
      return mac;
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("lookup key '" + keyId + "' rejected", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
  }
}
