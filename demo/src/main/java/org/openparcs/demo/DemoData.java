package org.openparcs.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The demo's own data folder: the two embedded databases and the service logs. */
final class DemoData {

  private DemoData() {}

  /** Removes the demo's databases and logs (only the folders the demo itself creates). */
  static void clear(Path data) {
    for (String own : new String[] {"controller-mariadb", "portal-mariadb", "logs"}) {
      delete(data.resolve(own));
    }
    // A fresh portal bootstraps the coordinator again: with a fresh second-factor secret.
    delete(data.resolve("coordinator-totp-secret"));
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir, e);
    }
  }
}
