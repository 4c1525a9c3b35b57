package org.openparcs.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import org.openparcs.protection.PlateKeys;

/**
 * The controller's plate keys for the demo (POLICY K1): generated once into the demo's data folder
 * (owner-only file, never the repository) and reused, so the demo's sealed plates and images stay
 * readable across restarts.
 */
final class DemoKeys {
  private static final String PREFIX = "parcs.protection.";

  private DemoKeys() {}

  /** The ring itself (tests that write sealed rows the controller must read). */
  static PlateKeys ring(Path file) {
    Map<String, String> p = controller(file);
    return PlateKeys.fromConfiguration(
        "parcs.protection",
        p.get(PREFIX + "data-keys"),
        p.get(PREFIX + "current-data-key"),
        p.get(PREFIX + "lookup-keys"),
        p.get(PREFIX + "current-lookup-key"));
  }

  static synchronized Map<String, String> controller(Path file) {
    Properties keys = new Properties();
    try {
      if (Files.exists(file)) {
        try (Reader in = Files.newBufferedReader(file)) {
          keys.load(in);
        }
      } else {
        PlateKeys ring = PlateKeys.generate("demo-data-1", "demo-lookup-1");
        keys.setProperty(PREFIX + "data-keys", ring.dataKeysSetting());
        keys.setProperty(PREFIX + "current-data-key", ring.currentDataKeyId());
        keys.setProperty(PREFIX + "lookup-keys", ring.lookupKeysSetting());
        keys.setProperty(PREFIX + "current-lookup-key", ring.currentLookupKeyId());
        Files.createDirectories(file.getParent());
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(file)) {
          keys.store(out, "PARCS demo plate keys (POLICY K1); generated once, keep private");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the demo's plate keys " + file, e);
    }
    return Map.of(
        PREFIX + "data-keys", keys.getProperty(PREFIX + "data-keys"),
        PREFIX + "current-data-key", keys.getProperty(PREFIX + "current-data-key"),
        PREFIX + "lookup-keys", keys.getProperty(PREFIX + "lookup-keys"),
        PREFIX + "current-lookup-key", keys.getProperty(PREFIX + "current-lookup-key"));
  }
}
