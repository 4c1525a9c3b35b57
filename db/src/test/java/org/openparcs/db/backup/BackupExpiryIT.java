package org.openparcs.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openparcs.db.EmbeddedMariaDb;

/**
 * {@code ./parcs backup} deletes the service's backups older than the longest plate retention of
 * its jurisdiction profile (POLICY R1: a backup holds plate reads), judged by the time in each
 * backup's header, with a line that counts them. Real backups of a real MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupExpiryIT {

  private static final String KEYS =
      "e1:" + Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'C');

  @TempDir Path folder;
  @TempDir Path journal;

  private EmbeddedMariaDb server;
  private String name;
  private final Instant now = Instant.now();
  private Map<String, String> settings;

  @BeforeAll
  void database() throws Exception {
    server = EmbeddedMariaDb.shared();
    name = "expiry_" + Long.toString(System.nanoTime(), 36);
    server.createDatabase(name);
  }

  @AfterEach
  void clearSettings() {
    if (settings != null) {
      settings.keySet().forEach(System::clearProperty);
    }
  }

  private Path backupTaken(Duration ago) {
    DatabaseTarget target =
        new DatabaseTarget(
            "127.0.0.1",
            server.port(),
            name,
            server.user(),
            server.password(),
            List.of("--skip-ssl"));
    return new TakeBackup(
            MariaDbClient.in(server.binaries()),
            BackupKeys.parse(KEYS),
            Clock.fixed(now.minus(ago), ZoneOffset.UTC))
        .take(
            new TakeBackup.Source("portal", target, null, DecisionJournal.in(journal, "portal")),
            folder);
  }

  private String backupCommand(String... extra) {
    clearSettings();
    settings =
        new java.util.HashMap<>(
            Map.of(
                "parcs.backup.keys",
                KEYS,
                "parcs.backup.journal-dir",
                journal.toString(),
                "parcs.db.embedded",
                "false",
                "parcs.db.url",
                "jdbc:mariadb://127.0.0.1:" + server.port() + "/" + name,
                "parcs.db.user",
                server.user(),
                "parcs.db.password",
                server.password() == null ? "" : server.password(),
                "parcs.backup.client-bin",
                server.binaries().toString(),
                "parcs.backup.client-options",
                "--skip-ssl"));
    for (int i = 0; i < extra.length; i += 2) {
      settings.put(extra[i], extra[i + 1]);
    }
    settings.forEach(System::setProperty);
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int code;
    try {
      code =
          BackupCommand.run(
              "portal",
              new String[] {"backup", "--to", folder.toString()},
              (entries, database, files) -> "none");
    } finally {
      System.setOut(original);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(printed).isZero();
    return printed;
  }

  private List<String> files() throws Exception {
    try (Stream<Path> all = Files.list(folder)) {
      return all.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aBackupOlderThanTheLongestPlateRetentionIsDeletedByTheBackupCommandPolicyR1()
      throws Exception {
    Path expired = backupTaken(Duration.ofDays(100));
    Path kept = backupTaken(Duration.ofDays(60));
    Path notABackup = folder.resolve("parcs-portal-notes.pbk");
    Files.writeString(notABackup, "not a backup");

    // The deployment keeps plate reads 120 days (within SJ-PARK's bounds): nothing expired yet.
    String longer = backupCommand("parcs.policy.retention.plate-reads", "120d");
    assertThat(longer).contains("deleted 0 backup(s)", "120 days", "profile SJ-PARK");
    assertThat(files()).contains(expired.getFileName().toString());

    // SJ-PARK's own periods: plate data 90 days at most, so the 100-day-old backup goes.
    String printed = backupCommand();

    assertThat(printed)
        .contains("Expired backups: deleted 1 backup(s) of the portal taken more than 90 days ago")
        .contains(expired.getFileName().toString());
    assertThat(files())
        .doesNotContain(expired.getFileName().toString())
        .contains(kept.getFileName().toString(), notABackup.getFileName().toString());
  }
}
