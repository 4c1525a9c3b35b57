package org.openparcs.db.backup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openparcs.db.EmbeddedMariaDb;

/**
 * {@code backup --to DIR} and {@code restore --from FILE} of one service, with the service's own
 * configuration ({@code application.yml}, {@code MICRONAUT_CONFIG_FILES}, environment, {@code -D}):
 * the database settings {@code parcs.db.*} and {@code parcs.backup.*}. With the embedded database a
 * backup uses the running server (its port is in {@code server.port} under the embedded folder) or
 * starts it; a restore refuses while the service runs.
 */
public final class BackupCommand {

  private static final Pattern JDBC_URL =
      Pattern.compile("jdbc:mariadb://([^:/?]+)(?::(\\d+))?/([A-Za-z0-9_]+).*");

  private BackupCommand() {}

  /** Runs the command and returns the process exit code (0 done, 1 failed, 2 misused). */
  public static int run(String service, String[] args, JournalReplay replay) {
    if (args.length != 3
        || !(("backup".equals(args[0]) && "--to".equals(args[1]))
            || ("restore".equals(args[0]) && "--from".equals(args[1])))) {
      System.err.println(
          "usage: backup --to DIR | restore --from FILE   (got " + Arrays.toString(args) + ")");
      return 2;
    }
    boolean restore = "restore".equals(args[0]);
    try (ApplicationContext context =
        ApplicationContext.builder().deduceEnvironment(false).build()) {
      Environment env = context.getEnvironment();
      env.start();
      return execute(service, restore, Path.of(args[2]), env, replay);
    } catch (BackupFailure e) {
      System.err.println((restore ? "Restore" : "Backup") + " failed: " + e.getMessage());
      return 1;
    }
  }

  private static int execute(
      String service, boolean restore, Path path, Environment env, JournalReplay replay) {
    String journalDir = text(env, "parcs.backup.journal-dir");
    if (journalDir == null) {
      throw new BackupFailure(
          "set parcs.backup.journal-dir (PARCS_BACKUP_JOURNAL_DIR): the decision journal the"
              + " service writes, needed to re-apply later purges and holds (POLICY R1)");
    }
    LineSealer sealer = replay.journalSealer();
    DecisionJournal journal =
        sealer == null
            ? DecisionJournal.in(Path.of(journalDir), service)
            : DecisionJournal.in(Path.of(journalDir), service, sealer);
    String imagesText = text(env, "parcs.backup.images-dir");
    if (imagesText == null && "garage".equals(service)) {
      // The garage keeps plate images beside their reads in its frames folder.
      imagesText = text(env, "parcs.frames.dir");
    }
    Path images = imagesText == null ? null : Path.of(imagesText);
    BackupKeys keys = BackupKeys.parse(text(env, "parcs.backup.keys"));
    String database = Optional.ofNullable(text(env, "parcs.db.database")).orElse("parcs");
    boolean embedded = env.getProperty("parcs.db.embedded", Boolean.class).orElse(true);
    EmbeddedMariaDb own = null;
    try {
      DatabaseTarget target;
      MariaDbClient client;
      if (embedded) {
        Path root =
            Path.of(Optional.ofNullable(text(env, "parcs.db.embedded-dir")).orElse("data/mariadb"))
                .toAbsolutePath();
        Optional<Integer> running = runningPort(root);
        if (running.isPresent() && restore) {
          throw new BackupFailure(
              "the " + service + " is running on this database: stop it before restoring");
        }
        int port;
        if (running.isPresent()) {
          port = running.get();
        } else {
          own = EmbeddedMariaDb.start(root, 0);
          own.createDatabase(database);
          port = own.port();
        }
        target = new DatabaseTarget("127.0.0.1", port, database, "root", "", List.of("--skip-ssl"));
        client = MariaDbClient.in(root.resolve("base").resolve("bin"));
      } else {
        target = external(env);
        String bin = text(env, "parcs.backup.client-bin");
        client =
            bin != null
                ? MariaDbClient.in(Path.of(bin))
                : MariaDbClient.bundled(
                    Path.of(System.getProperty("java.io.tmpdir"), "parcs-mariadb-client"));
      }
      Clock clock = Clock.systemUTC();
      if (restore) {
        var result =
            new RestoreBackup(client, keys, clock)
                .restore(path, new RestoreBackup.Target(service, target, images, journal), replay);
        System.out.println(
            "Restored the "
                + service
                + " from "
                + path.getFileName()
                + " (taken "
                + result.manifest().createdAt()
                + "); re-applied "
                + result.replayed()
                + " later decision(s): "
                + result.summary());
      } else {
        PlateRetention retention = PlateRetention.of(env);
        try {
          Path file =
              new TakeBackup(client, keys, clock)
                  .take(new TakeBackup.Source(service, target, images, journal), path);
          System.out.println("Backup of the " + service + " written to " + file);
        } finally {
          // R1 even when this backup failed: the old ones must not outlive their plate data.
          expire(service, path, retention, clock);
        }
      }
      return 0;
    } finally {
      if (own != null) {
        own.close();
      }
    }
  }

  private static void expire(String service, Path folder, PlateRetention retention, Clock clock) {
    ExpireBackups.Outcome out = new ExpireBackups(clock).expire(folder, service, retention);
    System.out.println(
        "Expired backups: deleted "
            + out.deleted().size()
            + " backup(s) of the "
            + service
            + " taken more than "
            + retention.days()
            + " days ago (longest plate retention of profile "
            + retention.profileId()
            + ", POLICY R1)"
            + (out.deleted().isEmpty()
                ? ""
                : ": "
                    + String.join(
                        ", ",
                        out.deleted().stream().map(p -> p.getFileName().toString()).toList())));
    for (Path file : out.unreadable()) {
      System.err.println("Not a readable backup, left alone: " + file);
    }
  }

  private static DatabaseTarget external(Environment env) {
    String url = text(env, "parcs.db.url");
    Matcher m = url == null ? null : JDBC_URL.matcher(url);
    if (m == null || !m.matches()) {
      throw new BackupFailure(
          "parcs.db.url must read jdbc:mariadb://host[:port]/database, got " + url);
    }
    String options = text(env, "parcs.backup.client-options");
    return new DatabaseTarget(
        m.group(1),
        m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)),
        m.group(3),
        text(env, "parcs.db.user"),
        text(env, "parcs.db.password"),
        options == null ? List.of() : List.of(options.strip().split("\\s+")));
  }

  private static Optional<Integer> runningPort(Path root) {
    Path file = root.resolve(EmbeddedMariaDb.PORT_FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      int port = Integer.parseInt(Files.readString(file).strip());
      try (Connection c =
          DriverManager.getConnection(
              "jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=2000", "root", "")) {
        return Optional.of(port);
      }
    } catch (IOException | NumberFormatException | SQLException e) {
      return Optional.empty();
    }
  }

  private static String text(Environment env, String key) {
    return env.getProperty(key, String.class).filter(s -> !s.isBlank()).orElse(null);
  }
}
