package org.openparcs.protection;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The key ring of POLICY K1: data keys (AES-256) that seal plates and images, and lookup keys
 * (HMAC-SHA256) that make searchable hashes, each a map {@code id -> 256-bit key} with one current
 * id. Old ids stay configured until the re-key has rewritten every value they protect.
 *
 * <p>Configuration form: {@code "id1:BASE64,id2:BASE64"}; ids are 1..32 characters of {@code
 * [A-Za-z0-9._-]}. Keys come from configuration or environment, never from the repository.
 */
public final class PlateKeys {
  static final int KEY_BYTES = 32;
  private static final String ID_PATTERN = "[A-Za-z0-9._-]{1,32}";

  private final Map<String, byte[]> dataKeys;
  private final String currentDataKeyId;
  private final Map<String, byte[]> lookupKeys;
  private final String currentLookupKeyId;

  private PlateKeys(
      Map<String, byte[]> dataKeys,
      String currentDataKeyId,
      Map<String, byte[]> lookupKeys,
      String currentLookupKeyId) {
    this.dataKeys = Collections.unmodifiableMap(dataKeys);
    this.currentDataKeyId = currentDataKeyId;
    this.lookupKeys = Collections.unmodifiableMap(lookupKeys);
    this.currentLookupKeyId = currentLookupKeyId;
  }

  /**
   * Builds the ring from configuration strings, failing with a message that names the setting:
   * {@code settingPrefix} (e.g. {@code "parcs.protection"}) is used in messages only.
   */
  public static PlateKeys fromConfiguration(
      String settingPrefix,
      String dataKeys,
      String currentDataKeyId,
      String lookupKeys,
      String currentLookupKeyId) {
    Map<String, byte[]> data = parseRing(settingPrefix + ".data-keys", dataKeys);
    Map<String, byte[]> lookup = parseRing(settingPrefix + ".lookup-keys", lookupKeys);
    return of(
        data,
        requireCurrent(settingPrefix + ".current-data-key", currentDataKeyId, data),
        lookup,
        requireCurrent(settingPrefix + ".current-lookup-key", currentLookupKeyId, lookup));
  }

  /** Builds the ring from raw keys; checks lengths and that the current ids are present. */
  public static PlateKeys of(
      Map<String, byte[]> dataKeys,
      String currentDataKeyId,
      Map<String, byte[]> lookupKeys,
      String currentLookupKeyId) {
    Map<String, byte[]> data = copyChecked("data key", dataKeys);
    Map<String, byte[]> lookup = copyChecked("lookup key", lookupKeys);
    requireCurrent("current data key", currentDataKeyId, data);
    requireCurrent("current lookup key", currentLookupKeyId, lookup);
    return new PlateKeys(data, currentDataKeyId, lookup, currentLookupKeyId);
  }

  /** A ring of one fresh random data key and one lookup key, for tests and first demo start. */
  public static PlateKeys generate(String dataKeyId, String lookupKeyId) {
    return of(
        Map.of(dataKeyId, randomKey()), dataKeyId, Map.of(lookupKeyId, randomKey()), lookupKeyId);
  }

  /** 32 random bytes from a {@link SecureRandom}. */
  public static byte[] randomKey() {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /** This ring with one more data key, made current (rotation step 1). */
  public PlateKeys withCurrentDataKey(String id, byte[] key) {
    Map<String, byte[]> data = new LinkedHashMap<>(dataKeys);
    if (data.containsKey(id)) {
      throw new KeyConfigurationException("duplicate data key id '" + id + "'");
    }
    data.put(id, key);
    return of(data, id, lookupKeys, currentLookupKeyId);
  }

  /** This ring with one more lookup key, made current. */
  public PlateKeys withCurrentLookupKey(String id, byte[] key) {
    Map<String, byte[]> lookup = new LinkedHashMap<>(lookupKeys);
    if (lookup.containsKey(id)) {
      throw new KeyConfigurationException("duplicate lookup key id '" + id + "'");
    }
    lookup.put(id, key);
    return of(dataKeys, currentDataKeyId, lookup, id);
  }

  /** This ring without an old data key (rotation's last step, after the re-key). */
  public PlateKeys withoutDataKey(String id) {
    Map<String, byte[]> data = new LinkedHashMap<>(dataKeys);
    data.remove(id);
    return of(data, currentDataKeyId, lookupKeys, currentLookupKeyId);
  }

  /** This ring without an old lookup key. */
  public PlateKeys withoutLookupKey(String id) {
    Map<String, byte[]> lookup = new LinkedHashMap<>(lookupKeys);
    lookup.remove(id);
    return of(dataKeys, currentDataKeyId, lookup, currentLookupKeyId);
  }

  /** The ring's data keys in configuration form, {@code id:BASE64,...}. */
  public String dataKeysSetting() {
    return format(dataKeys);
  }

  /** The ring's lookup keys in configuration form, {@code id:BASE64,...}. */
  public String lookupKeysSetting() {
    return format(lookupKeys);
  }

  public String currentDataKeyId() {
    return currentDataKeyId;
  }

  public String currentLookupKeyId() {
    return currentLookupKeyId;
  }

  public Set<String> dataKeyIds() {
    return dataKeys.keySet();
  }

  public Set<String> lookupKeyIds() {
    return lookupKeys.keySet();
  }

  byte[] dataKey(String id) {
    return dataKeys.get(id);
  }

  byte[] lookupKey(String id) {
    return lookupKeys.get(id);
  }

  Map<String, byte[]> lookupKeys() {
    return lookupKeys;
  }

  @Override
  public String toString() {
    return "PlateKeys[data="
        + dataKeys.keySet()
        + " current="
        + currentDataKeyId
        + ", lookup="
        + lookupKeys.keySet()
        + " current="
        + currentLookupKeyId
        + "]";
  }

  private static Map<String, byte[]> parseRing(String setting, String value) {
    if (value == null || value.isBlank()) {
      throw new KeyConfigurationException(
          setting + " is missing: give id:BASE64 of a 256-bit key (comma-separated for several)");
    }
    Map<String, byte[]> ring = new LinkedHashMap<>();
    for (String entry : value.split(",")) {
      String trimmed = entry.trim();
      int colon = trimmed.indexOf(':');
      if (colon <= 0) {
        throw new KeyConfigurationException(
            setting
                + ": entry without an id, expected id:BASE64 (entry "
                + (ring.size() + 1)
                + ")");
      }
      String id = trimmed.substring(0, colon);
      byte[] key;
      try {
        key = Base64.getDecoder().decode(trimmed.substring(colon + 1).trim());
      } catch (IllegalArgumentException e) {
        throw new KeyConfigurationException(setting + ": key '" + id + "' is not valid base64");
      }
      if (ring.put(id, key) != null) {
        throw new KeyConfigurationException(setting + ": duplicate key id '" + id + "'");
      }
    }
    return copyChecked(setting, ring);
  }

  private static Map<String, byte[]> copyChecked(String what, Map<String, byte[]> keys) {
    if (keys == null || keys.isEmpty()) {
      throw new KeyConfigurationException(what + ": no key configured");
    }
    Map<String, byte[]> copy = new LinkedHashMap<>();
    keys.forEach(
        (id, key) -> {
          if (id == null || !id.matches(ID_PATTERN)) {
            throw new KeyConfigurationException(
                what + ": key id '" + id + "' must be 1..32 characters of [A-Za-z0-9._-]");
          }
          if (key == null || key.length != KEY_BYTES) {
            throw new KeyConfigurationException(
                what
                    + ": key '"
                    + id
                    + "' must be 32 bytes (256 bits), got "
                    + (key == null ? 0 : key.length));
          }
          copy.put(id, key.clone());
        });
    return copy;
  }

  private static String requireCurrent(String setting, String id, Map<String, byte[]> ring) {
    if (id == null || id.isBlank()) {
      throw new KeyConfigurationException(setting + " is missing");
    }
    if (!ring.containsKey(id)) {
      throw new KeyConfigurationException(
          setting + " '" + id + "' is not among the configured ids " + ring.keySet());
    }
    return id;
  }

  private static String format(Map<String, byte[]> ring) {
    StringBuilder out = new StringBuilder();
    ring.forEach(
        (id, key) -> {
          if (out.length() > 0) {
            out.append(',');
          }
          out.append(id).append(':').append(Base64.getEncoder().encodeToString(key));
        });
    return out.toString();
  }

  static byte[] idBytes(String id) {
    return id.getBytes(StandardCharsets.US_ASCII);
  }
}
