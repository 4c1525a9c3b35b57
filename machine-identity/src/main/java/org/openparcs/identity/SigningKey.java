package org.openparcs.identity;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * A machine's private key with the id it is enrolled under. {@link #toString()} never shows the
 * key, so it cannot leak into a log line.
 */
public record SigningKey(String keyId, PrivateKey key) {

  public SigningKey {
    KeyIds.check(keyId);
    if (key == null
        || !MachineKeys.ALGORITHM.equalsIgnoreCase(key.getAlgorithm())
            && !"EdDSA".equalsIgnoreCase(key.getAlgorithm())) {
      throw new IllegalArgumentException("a signing key must be an Ed25519 private key");
    }
  }

  /** Base64 of the Ed25519 signature of the bytes. */
  public String sign(byte[] data) {
    try {
      Signature s = Signature.getInstance(MachineKeys.ALGORITHM);
      s.initSign(key);
      s.update(data);
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing failed", e);
    }
  }

  @Override
  public String toString() {
    return "SigningKey[" + keyId + ", ****]";
  }
}
