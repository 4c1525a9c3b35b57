package org.openparcs.controller.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openparcs.controller.backup.infrastructure.FilePurgeOrderJournal;
import org.openparcs.controller.backup.infrastructure.GarageBackup;
import org.openparcs.controller.backup.model.PurgeOrderCarriedOut;
import org.openparcs.db.BackupSettings;
import org.openparcs.db.DatabaseFactory;
import org.openparcs.db.DatabaseSettings;
import org.openparcs.db.EmbeddedMariaDb;
import org.openparcs.db.backup.BackupFailure;
import org.openparcs.db.backup.BackupKeys;
import org.openparcs.db.backup.DatabaseTarget;
import org.openparcs.db.backup.DecisionJournal;
import org.openparcs.db.backup.MariaDbClient;
import org.openparcs.db.backup.RestoreBackup;
import org.openparcs.db.backup.TakeBackup;

/**
 * A backup of a garage's real database (its migrations on MariaDB) and plate images; a purge order
 * after it deletes an image; the restore brings back the database and the images, except the purged
 * one (POLICY R1, K1). A restore that cannot re-apply a decision stays unfinished, and the garage
 * then refuses to start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GarageBackupIT {

  private static final String KEYS =
      "g1:" + Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B');

  @TempDir static Path folder;

  private EmbeddedMariaDb server;
  private DatabaseTarget database;
  private Path images;
  private DecisionJournal journal;
  private MariaDbClient client;

  @BeforeAll
  void garageWithImages() throws Exception {
    server = EmbeddedMariaDb.shared();
    String name = "garage_backup_" + Long.toString(System.nanoTime(), 36);
    server.createDatabase(name);
    Flyway.configure()
        .dataSource(server.jdbcUrl(name), server.user(), server.password())
        .locations("classpath:db/garage")
        .load()
        .migrate();
    database =
        new DatabaseTarget("127.0.0.1", server.port(), name, "root", "", List.of("--skip-ssl"));
    execute(
        "INSERT INTO garage (id, name, time_zone, currency, updated_at)"
            + " VALUES ('G1', 'Main St', 'UTC', 'USD', NOW())");
    images = folder.resolve("images");
    Files.createDirectories(images.resolve("2026/11/21"));
    Files.write(images.resolve("2026/11/21/read-1.jpg"), new byte[] {1, 2, 3});
    Files.write(images.resolve("2026/11/21/read-2.jpg"), new byte[] {4, 5, 6});
    Files.write(images.resolve("plate-3.jpg"), new byte[] {7});
    journal = DecisionJournal.in(folder.resolve("journal"), "garage");
    client = MariaDbClient.in(server.binaries());
  }

  @Test
  void imagesComeBackAndAPurgedImageStaysGonePolicyR1K1() throws Exception {
    Path backup =
        new TakeBackup(client, BackupKeys.parse(KEYS), Clock.systemUTC())
            .take(new TakeBackup.Source("garage", database, images, journal), folder.resolve("b"));
    Files.delete(images.resolve("2026/11/21/read-1.jpg"));
    new FilePurgeOrderJournal(journal)
        .carriedOut(
            new PurgeOrderCarriedOut(
                "order-1", Instant.now(), Map.of(), List.of(), List.of("2026/11/21/read-1.jpg")));
    execute("DELETE FROM garage");
    Files.write(images.resolve("after-backup.jpg"), new byte[] {9});

    var result =
        new RestoreBackup(client, BackupKeys.parse(KEYS), Clock.systemUTC())
            .restore(
                backup,
                new RestoreBackup.Target("garage", database, images, journal),
                new GarageBackup());

    assertThat(Files.exists(images.resolve("2026/11/21/read-1.jpg"))).isFalse();
    assertThat(Files.readAllBytes(images.resolve("2026/11/21/read-2.jpg")))
        .containsExactly(4, 5, 6);
    assertThat(Files.readAllBytes(images.resolve("plate-3.jpg"))).containsExactly(7);
    assertThat(Files.exists(images.resolve("after-backup.jpg"))).isFalse();
    assertThat(count("SELECT COUNT(*) FROM garage WHERE id = 'G1'")).isEqualTo(1);
    assertThat(result.summary())
        .isEqualTo("1 purge order(s) re-applied: 1 image file(s) deleted again");
    assertThat(journal.unfinishedRestore()).isEmpty();
  }

  @Test
  void aRestoreThatCannotReapplyADecisionLeavesTheGarageUnableToStartPolicyR1() throws Exception {
    DecisionJournal other = DecisionJournal.in(folder.resolve("journal-2"), "garage");
    Path backup =
        new TakeBackup(client, BackupKeys.parse(KEYS), Clock.systemUTC())
            .take(new TakeBackup.Source("garage", database, images, other), folder.resolve("c"));
    new FilePurgeOrderJournal(other)
        .carriedOut(
            new PurgeOrderCarriedOut(
                "order-2",
                Instant.now(),
                Map.of("plate-reads", Instant.parse("2026-08-01T00:00:00Z")),
                List.of("PLATE:7ABC123"),
                List.of()));

    assertThatThrownBy(
            () ->
                new RestoreBackup(client, BackupKeys.parse(KEYS), Clock.systemUTC())
                    .restore(
                        backup,
                        new RestoreBackup.Target("garage", database, images, other),
                        new GarageBackup()))
        .isInstanceOf(BackupFailure.class)
        .hasMessageContaining("order-2");
    assertThat(other.unfinishedRestore()).isPresent();
    DatabaseSettings settings =
        new DatabaseSettings("garage", true, "x", 0, true, "parcs", null, null, null, 4);
    assertThatThrownBy(
            () ->
                DatabaseFactory.refuseUnfinishedRestore(
                    settings,
                    new BackupSettings(
                        folder.resolve("journal-2").toString(), null, null, null, null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has not completed")
        .hasMessageContaining("Run the restore again");
  }

  private void execute(String sql) throws Exception {
    try (Connection c =
        DriverManager.getConnection(server.jdbcUrl(database.database()), "root", "")) {
      c.createStatement().execute(sql);
    }
  }

  private long count(String sql) throws Exception {
    try (Connection c =
            DriverManager.getConnection(server.jdbcUrl(database.database()), "root", "");
        ResultSet r = c.createStatement().executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
