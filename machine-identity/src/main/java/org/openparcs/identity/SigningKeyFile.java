package org.openparcs.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * A signing key kept in a file, read again when the file changes: rotating a machine's key is
 * replacing the file (after enrolling the new public key), with no restart. The key id is read from
 * a first line {@code key-id: ...} when present, else the configured one is used.
 */
public final class SigningKeyFile {

  private final Path file;
  private final String configuredKeyId;
  private FileTime loadedAt;
  private SigningKey key;

  public SigningKeyFile(Path file, String configuredKeyId) {
    this.file = file;
    this.configuredKeyId = configuredKeyId;
    current();
  }

  /**
   * The key in the file now.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when it holds no Ed25519 key
   */
  public synchronized SigningKey current() {
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      if (key == null || !modified.equals(loadedAt)) {
        key = parse(Files.readString(file), configuredKeyId);
        loadedAt = modified;
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the key file " + file, e);
    }
  }

  /** The key in a key file's text; {@code configuredKeyId} when it has no id line. */
  public static SigningKey parse(String text, String configuredKeyId) {
    String keyId = configuredKeyId;
    String body = text;
    if (text.startsWith("key-id:")) {
      int end = text.indexOf('\n');
      keyId = text.substring("key-id:".length(), end < 0 ? text.length() : end).strip();
      body = end < 0 ? "" : text.substring(end + 1);
    }
    return new SigningKey(keyId, MachineKeys.privateKey(body));
  }

  /** The file's content for a key: its id line and the PKCS#8 PEM. */
  public static String content(String keyId, java.security.PrivateKey key) {
    KeyIds.check(keyId);
    return "key-id: " + keyId + "\n" + MachineKeys.privatePem(key);
  }
}
