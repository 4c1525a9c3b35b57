package org.openparcs.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import org.openparcs.protection.PlateKeys;
import org.openparcs.protection.PlateLookup;

/**
 * A demo service's plate keys (POLICY K1), the controller's and the portal's each in its own file:
 * generated once, at the first start, into the demo's data folder (owner-only, never the
 * repository), and reused by every later start so the sealed plates and images stay readable. A
 * real deployment gives them in its environment ({@code PARCS_PROTECTION_*}).
 */
final class DemoPlateKeys {

  private static final String PREFIX = "parcs.protection.";

  private final PlateKeys ring;

  private DemoPlateKeys(PlateKeys ring) {
    this.ring = ring;
  }

  /** The keys kept in {@code file}, made there when missing. */
  static synchronized DemoPlateKeys in(Path file) {
    Properties keys = new Properties();
    try {
      if (Files.exists(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          keys.load(in);
        }
      } else {
        PlateKeys generated = PlateKeys.generate("demo-data-1", "demo-lookup-1");
        keys.setProperty(PREFIX + "data-keys", generated.dataKeysSetting());
        keys.setProperty(PREFIX + "current-data-key", generated.currentDataKeyId());
        keys.setProperty(PREFIX + "lookup-keys", generated.lookupKeysSetting());
        keys.setProperty(PREFIX + "current-lookup-key", generated.currentLookupKeyId());
        write(file, keys);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the demo's plate keys in " + file, e);
    }
    return new DemoPlateKeys(
        PlateKeys.fromConfiguration(
            "parcs.protection",
            keys.getProperty(PREFIX + "data-keys"),
            keys.getProperty(PREFIX + "current-data-key"),
            keys.getProperty(PREFIX + "lookup-keys"),
            keys.getProperty(PREFIX + "current-lookup-key")));
  }

  private static void write(Path file, Properties keys) throws IOException {
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
  }

  /** The service's {@code parcs.protection.*} settings. */
  Map<String, String> settings() {
    return Map.of(
        PREFIX + "data-keys", ring.dataKeysSetting(),
        PREFIX + "current-data-key", ring.currentDataKeyId(),
        PREFIX + "lookup-keys", ring.lookupKeysSetting(),
        PREFIX + "current-lookup-key", ring.currentLookupKeyId());
  }

  /** The ring itself (tests that write sealed rows the service must read). */
  PlateKeys ring() {
    return ring;
  }

  /**
   * The lookup hash (hex) of a plate under the current lookup key, as the services store it in
   * their {@code plate_hash} columns: lets a drill find a plate in a database by SQL.
   */
  String lookupHex(String plate) {
    return HexFormat.of().formatHex(new PlateLookup(ring).hash(plate));
  }
}
