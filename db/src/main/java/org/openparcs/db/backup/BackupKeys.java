package org.openparcs.db.backup;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys of backups (POLICY K1), from configuration or the environment, never from the
 * repository: {@code PARCS_BACKUP_KEYS="2026b:BASE64,2026a:BASE64"}. The first key encrypts new
 * backups; every key listed can restore the backups made with it, so a key is rotated by putting a
 * new one first and dropped once no kept backup names it.
 */
public final class BackupKeys {

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final Map<String, SecretKey> keys;
  private final String current;

  private BackupKeys(Map<String, SecretKey> keys, String current) {
    this.keys = keys;
    this.current = current;
  }

  /** Parses {@code id:base64key[,id:base64key...]}; each key is 32 bytes. */
  public static BackupKeys parse(String text) {
    if (text == null || text.isBlank()) {
      throw new BackupFailure(
          "no backup key: set PARCS_BACKUP_KEYS (or parcs.backup.keys) to id:base64-of-32-bytes,"
              + " e.g. from `openssl rand -base64 32`");
    }
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    for (String item : text.split(",")) {
      String[] parts = item.strip().split(":", 2);
      if (parts.length != 2 || !KEY_ID.matcher(parts[0]).matches()) {
        throw new BackupFailure(
            "a backup key is written id:base64 (id of letters, digits, . _ -): " + safe(parts[0]));
      }
      byte[] raw;
      try {
        raw = Base64.getDecoder().decode(parts[1].strip());
      } catch (IllegalArgumentException e) {
        throw new BackupFailure("backup key " + parts[0] + " is not base64");
      }
      if (raw.length != 32) {
        throw new BackupFailure(
            "backup key " + parts[0] + " has " + raw.length + " bytes; AES-256 needs 32");
      }
      if (keys.put(parts[0], new SecretKeySpec(raw, "AES")) != null) {
        throw new BackupFailure("backup key id " + parts[0] + " is listed twice");
      }
    }
    return new BackupKeys(keys, keys.keySet().iterator().next());
  }

  /** The id of the key new backups are encrypted with. */
  public String currentId() {
    return current;
  }

  public SecretKey current() {
    return keys.get(current);
  }

  /** The key with this id; a clear failure when it is not configured. */
  public SecretKey byId(String id) {
    SecretKey key = keys.get(id);
    if (key == null) {
      throw new BackupFailure(
          "the backup was encrypted with key '"
              + id
              + "', which is not among the configured keys "
              + keys.keySet()
              + ": nothing was restored");
    }
    return key;
  }

  private static String safe(String s) {
    return s.length() > 64 ? s.substring(0, 64) + "..." : s;
  }
}
