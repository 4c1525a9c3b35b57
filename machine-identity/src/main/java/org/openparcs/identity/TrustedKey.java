package org.openparcs.identity;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * A public key a verifier trusts, the machine it belongs to ({@code owner}: a garage id, or
 * "portal"), and whether it is still active (a revoked key verifies nothing).
 */
public record TrustedKey(String keyId, String owner, PublicKey key, boolean active) {

  public TrustedKey {
    KeyIds.check(keyId);
    if (owner == null || owner.isBlank() || key == null) {
      throw new IllegalArgumentException("a trusted key needs an owner and a public key");
    }
  }

  /** Whether {@code signature} (Base64) is this key's signature of the bytes. */
  public boolean verifies(byte[] data, String signature) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(signature);
    } catch (IllegalArgumentException e) {
      return false;
    }
    try {
      Signature s = Signature.getInstance(MachineKeys.ALGORITHM);
      s.initVerify(key);
      s.update(data);
      return s.verify(raw);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
