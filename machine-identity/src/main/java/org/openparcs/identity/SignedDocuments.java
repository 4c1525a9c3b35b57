package org.openparcs.identity;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openparcs.identity.Verification.Refused;
import org.openparcs.identity.Verification.Why;

/**
 * Orders the portal sends garages (purge orders, configuration) carry their own signature, so a
 * garage can check an order wherever it came from before it acts. The signature is the field {@code
 * "signature": {"alg": "Ed25519", "keyId": ..., "value": ...}} over the {@link CanonicalJson} of
 * the document without that field.
 */
public final class SignedDocuments {

  public static final String FIELD = "signature";

  private SignedDocuments() {}

  /** A copy of the document with its signature added. */
  public static Map<String, Object> sign(Map<String, Object> document, SigningKey key) {
    Map<String, Object> unsigned = new LinkedHashMap<>(document);
    unsigned.remove(FIELD);
    String value = key.sign(CanonicalJson.write(unsigned).getBytes(StandardCharsets.UTF_8));
    Map<String, Object> signature = new LinkedHashMap<>();
    signature.put("alg", MachineKeys.ALGORITHM);
    signature.put("keyId", key.keyId());
    signature.put("value", value);
    Map<String, Object> signed = new LinkedHashMap<>(unsigned);
    signed.put(FIELD, signature);
    return signed;
  }

  /**
   * Checks the document's signature against the trusted keys: known, active, and over exactly these
   * fields. Replays are the caller's to detect (an order id is acted on once).
   */
  public static Verification verify(Map<String, ?> document, KeyDirectory keys) {
    Object field = document == null ? null : document.get(FIELD);
    if (!(field instanceof Map<?, ?> sig)) {
      return new Refused(Why.UNSIGNED, "the document carries no signature");
    }
    if (!(sig.get("keyId") instanceof String keyId)
        || !KeyIds.isValid(keyId)
        || !(sig.get("value") instanceof String value)
        || !MachineKeys.ALGORITHM.equals(sig.get("alg"))) {
      return new Refused(Why.MALFORMED, "malformed signature (alg Ed25519, keyId, value)");
    }
    Optional<TrustedKey> key = keys.find(keyId);
    if (key.isEmpty()) {
      return new Refused(Why.UNKNOWN_KEY, "signed by an unknown key " + keyId);
    }
    if (!key.get().active()) {
      return new Refused(Why.REVOKED_KEY, "signed by revoked key " + keyId);
    }
    Map<String, Object> unsigned = new LinkedHashMap<>(document);
    unsigned.remove(FIELD);
    byte[] text;
    try {
      text = CanonicalJson.write(unsigned).getBytes(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return new Refused(Why.MALFORMED, e.getMessage());
    }
    if (!key.get().verifies(text, value)) {
      return new Refused(Why.BAD_SIGNATURE, "the signature does not match the document");
    }
    return new Verification.Verified(keyId, key.get().owner());
  }
}
