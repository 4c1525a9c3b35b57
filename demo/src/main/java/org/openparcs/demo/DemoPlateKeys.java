package org.openparcs.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The demo's plate keys (POLICY K1): generated once, at the first start, into the demo's data
 * folder (owner-only), and reused by every later start so the sealed plates stay readable. A real
 * deployment gives them in its environment ({@code PARCS_PROTECTION_*}).
 */
final class DemoPlateKeys {

  private final Properties keys;

  private DemoPlateKeys(Properties keys) {
    this.keys = keys;
  }

  /** The keys kept in {@code file}, made there when missing. */
  static DemoPlateKeys in(Path file) {
    Properties keys = new Properties();
    try {
      if (Files.exists(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          keys.load(in);
        }
        return new DemoPlateKeys(keys);
      }
      keys.setProperty("parcs.protection.data-keys", "demo-data-1:" + randomKey());
      keys.setProperty("parcs.protection.current-data-key", "demo-data-1");
      keys.setProperty("parcs.protection.lookup-keys", "demo-lookup-1:" + randomKey());
      keys.setProperty("parcs.protection.current-lookup-key", "demo-lookup-1");
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.createFile(file);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the folder's own permissions protect the file
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        keys.store(out, "PARCS demo plate keys (POLICY K1); never commit this file");
      }
      return new DemoPlateKeys(keys);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the demo's plate keys in " + file, e);
    }
  }

  /** The portal's {@code parcs.protection.*} settings. */
  Map<String, String> portal() {
    Map<String, String> settings = new HashMap<>();
    keys.stringPropertyNames().forEach(k -> settings.put(k, keys.getProperty(k)));
    return settings;
  }

  /**
   * The lookup hash (hex) of a plate under the current lookup key, as the portal stores it in its
   * {@code plate_hash} columns: lets a drill find a plate in the portal's database by SQL.
   */
  String lookupHex(String plate) {
    String current = keys.getProperty("parcs.protection.current-lookup-key");
    for (String entry : keys.getProperty("parcs.protection.lookup-keys").split(",")) {
      String[] idKey = entry.strip().split(":", 2);
      if (idKey[0].equals(current)) {
        try {
          Mac mac = Mac.getInstance("HmacSHA256");
          mac.init(new SecretKeySpec(Base64.getDecoder().decode(idKey[1]), "HmacSHA256"));
          return HexFormat.of().formatHex(mac.doFinal(plate.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
      }
    }
    throw new IllegalStateException("the current lookup key is not among the lookup keys");
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
