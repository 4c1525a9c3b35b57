package org.openparcs.protection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM envelope shared by values and files: {@code magic | version | idLength | keyId |
 * nonce(12) | ciphertext+tag(16)}. The header and the caller's context are the AAD, so neither the
 * key id nor the column a value belongs to can be changed without the tag failing.
 */
final class Envelope {
  static final byte VERSION = 1;
  static final int NONCE_BYTES = 12;
  static final int TAG_BITS = 128;
  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(SecureRandom::new);

  /**
   * One AES-GCM engine per thread, initialised afresh (key, nonce, AAD) for every value: looking a
   * Cipher up per value cost the portal's ingest measurably. Every use is one {@code init} and one
   * {@code doFinal} within one call, so a thread never finds it half used; the key comes with each
   * call, so a rotation of the key ring needs nothing here.
   */
  private static final ThreadLocal<Cipher> GCM =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("AES-GCM is not available in this JDK", e);
            }
          });

  private final byte[] magic;

  Envelope(byte[] magic) {
    this.magic = magic.clone();
  }

  byte[] seal(PlateKeys keys, byte[] plain, String context) {
    String keyId = keys.currentDataKeyId();
    byte[] header = header(keyId);
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.get().nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.dataKey(keyId), nonce, header, context);
      byte[] out = new byte[header.length + NONCE_BYTES + cipher.getOutputSize(plain.length)];
      System.arraycopy(header, 0, out, 0, header.length);
      System.arraycopy(nonce, 0, out, header.length, NONCE_BYTES);
      cipher.doFinal(plain, 0, plain.length, out, header.length + NONCE_BYTES);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }

  byte[] open(PlateKeys keys, byte[] sealed, String context) {
    String keyId = keyId(sealed);
    byte[] key = keys.dataKey(keyId);
    if (key == null) {
      throw new UnsealException(
          "sealed under data key '" + keyId + "', which is no longer configured");
    }
    int headerLength = headerLength(sealed);
    if (sealed.length < headerLength + NONCE_BYTES + TAG_BITS / 8) {
      throw new UnsealException("sealed value is truncated");
    }
    byte[] header = Arrays.copyOfRange(sealed, 0, headerLength);
    byte[] nonce = Arrays.copyOfRange(sealed, headerLength, headerLength + NONCE_BYTES);
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, header, context);
      int start = headerLength + NONCE_BYTES;
      return cipher.doFinal(sealed, start, sealed.length - start);
    } catch (AEADBadTagException e) {
      throw new UnsealException(
          "sealed value failed authentication: tampered, or not sealed for context '"
              + context
              + "'");
    } catch (GeneralSecurityException e) {
      throw new UnsealException("sealed value could not be opened", e);
    }
  }

  /** Whether the bytes start like this envelope (magic and version). */
  boolean recognises(byte[] bytes) {
    if (bytes == null || bytes.length < magic.length + 2) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return bytes[magic.length] == VERSION;
  }

  String keyId(byte[] sealed) {
    if (!recognises(sealed)) {
      throw new UnsealException("not a sealed value of version " + VERSION);
    }
    int idLength = sealed[magic.length + 1] & 0xff;
    if (sealed.length < magic.length + 2 + idLength) {
      throw new UnsealException("sealed value is truncated");
    }
    return new String(sealed, magic.length + 2, idLength, StandardCharsets.US_ASCII);
  }

  /** The header a value sealed now starts with; stores may filter on it in SQL. */
  byte[] header(String keyId) {
    byte[] id = PlateKeys.idBytes(keyId);
    return ByteBuffer.allocate(magic.length + 2 + id.length)
        .put(magic)
        .put(VERSION)
        .put((byte) id.length)
        .put(id)
        .array();
  }

  private int headerLength(byte[] sealed) {
    return magic.length + 2 + (sealed[magic.length + 1] & 0xff);
  }

  private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] header, String context)
      throws GeneralSecurityException {
    Cipher cipher = GCM.get();
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(header);
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }
}
