package org.openparcs.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys as text: public keys as Base64 of their X.509 SubjectPublicKeyInfo, private keys as
 * PKCS#8 (Base64 or PEM). Ed25519 is in the JDK (15+): no provider to install, 64-byte signatures,
 * deterministic (no random number needed per signature).
 */
public final class MachineKeys {

  public static final String ALGORITHM = "Ed25519";

  private MachineKeys() {}

  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK has no Ed25519", e);
    }
  }

  public static String publicText(PublicKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /** PKCS#8 as PEM ("-----BEGIN PRIVATE KEY-----"), the form kept in a garage's key file. */
  public static String privatePem(PrivateKey key) {
    String b64 =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(key.getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + b64 + "\n-----END PRIVATE KEY-----\n";
  }

  /**
   * @throws IllegalArgumentException when the text is not an Ed25519 public key
   */
  public static PublicKey publicKey(String text) {
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(base64(text)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an Ed25519 public key (Base64 X.509 expected)");
    }
  }

  /**
   * @throws IllegalArgumentException when the text is not an Ed25519 private key
   */
  public static PrivateKey privateKey(String text) {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePrivate(new PKCS8EncodedKeySpec(base64(text)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an Ed25519 private key (PKCS#8 PEM expected)");
    }
  }

  private static byte[] base64(String text) {
    if (text == null) {
      throw new IllegalArgumentException("no key");
    }
    String body = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }
}
