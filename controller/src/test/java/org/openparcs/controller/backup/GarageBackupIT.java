package org.openparcs.controller.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.backup.infrastructure.FilePurgeOrderJournal;
import org.openparcs.controller.backup.infrastructure.GarageBackup;
import org.openparcs.controller.backup.infrastructure.GarageJournal;
import org.openparcs.controller.backup.model.PurgeOrderCarriedOut;
import org.openparcs.controller.protection.infrastructure.ProtectionFactory;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.Holds;
import org.openparcs.db.BackupSettings;
import org.openparcs.db.DatabaseFactory;
import org.openparcs.db.DatabaseSettings;
import org.openparcs.db.EmbeddedMariaDb;
import org.openparcs.db.backup.BackupKeys;
import org.openparcs.db.backup.DatabaseTarget;
import org.openparcs.db.backup.DecisionJournal;
import org.openparcs.db.backup.MariaDbClient;
import org.openparcs.db.backup.RestoreBackup;
import org.openparcs.db.backup.TakeBackup;
import org.openparcs.protection.PlateCipher;

/**
 * A backup of a garage's real database (its migrations on MariaDB) and plate images; a purge order
 * after it deletes an image; the restore brings back the database and the images, except the purged
 * one (POLICY R1, K1). The decision journal names held plates only sealed with the garage's keys,
 * and one an older version wrote in clear is sealed by the re-key (K1). A restore that cannot
 * re-apply a decision stays unfinished, and the garage then refuses to start.
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
    read("OLD1", "2026-07-01T10:00:00Z");
    read("HELD9", "2026-07-01T11:00:00Z");
    read("NEW1", Instant.now().toString());
    images = folder.resolve("images");
    Files.createDirectories(images.resolve("2026/11/21"));
    Files.write(images.resolve("2026/11/21/read-1.jpg"), new byte[] {1, 2, 3});
    Files.write(images.resolve("2026/11/21/read-2.jpg"), new byte[] {4, 5, 6});
    Files.write(images.resolve("plate-3.jpg"), new byte[] {7});
    journal =
        GarageJournal.in(
            folder.resolve("journal"), new PlateCipher(ProtectionFactory.ephemeralKeys()));
    client = MariaDbClient.in(server.binaries());
  }

  @Test
  void imagesComeBackAndAPurgedImageStaysGonePolicyR1K1() throws Exception {
    Path backup =
        new TakeBackup(client, BackupKeys.parse(KEYS), Clock.systemUTC())
            .take(new TakeBackup.Source("garage", database, images, journal), folder.resolve("b"));
    Files.delete(images.resolve("2026/11/21/read-1.jpg"));
    execute("DELETE FROM plate_read WHERE plate_hash = " + GarageTestSupport.plateHash("OLD1"));
    new FilePurgeOrderJournal(journal)
        .carriedOut(
            new PurgeOrderCarriedOut(
                "6f1c2d3e-0000-4000-8000-000000000001",
                "G1",
                Instant.now(),
                List.of(new ClassCutoff("plate-reads", 90, Instant.parse("2026-08-01T00:00:00Z"))),
                new Holds(Set.of(), Set.of(), Set.of("HELD9")),
                List.of("2026/11/21/read-1.jpg")));
    assertThat(journalFolderText())
        .as("K1: the journal names its held plate only sealed")
        .contains("PURGE_ORDER_CARRIED_OUT")
        .doesNotContain("HELD9");
    assertThatThrownBy(() -> DecisionJournal.in(folder.resolve("journal"), "garage").entries())
        .as("without the garage's keys the journal's fields do not open")
        .hasMessageContaining("sealed");
    execute("DELETE FROM garage");
    Files.write(images.resolve("after-backup.jpg"), new byte[] {9});

    Instant restoreStarted = Instant.now();
    var result =
        new RestoreBackup(client, BackupKeys.parse(KEYS), Clock.systemUTC())
            .restore(
                backup,
                new RestoreBackup.Target("garage", database, images, journal),
                new GarageBackup(ProtectionFactory.ephemeralKeys()));

    assertThat(Files.exists(images.resolve("2026/11/21/read-1.jpg"))).isFalse();
    assertThat(Files.readAllBytes(images.resolve("2026/11/21/read-2.jpg")))
        .containsExactly(4, 5, 6);
    assertThat(Files.readAllBytes(images.resolve("plate-3.jpg"))).containsExactly(7);
    assertThat(Files.exists(images.resolve("after-backup.jpg"))).isFalse();
    assertThat(count("SELECT COUNT(*) FROM garage WHERE id = 'G1'")).isEqualTo(1);
    assertThat(
            texts("SELECT plate_sealed FROM plate_read").stream()
                .map(v -> GarageTestSupport.opened(v, "plate_read", "plate"))
                .sorted()
                .toList())
        .as("the read the order purged stays gone; the held one and the recent one stay")
        .containsExactly("HELD9", "NEW1");
    assertThat(result.summary())
        .isEqualTo(
            "1 purge order(s) re-applied: 1 record(s) purged, 1 image file(s) deleted again");
    assertThat(journal.unfinishedRestore()).isEmpty();
    // The restore is reported to the portal through the outbox, numbered past anything the
    // garage may have reported since the backup (the portal refuses a seq it holds already).
    assertThat(
            texts(
                    "SELECT CONCAT(seq >= "
                        + (restoreStarted.toEpochMilli())
                        + ", ' ', JSON_VALUE(payload, '$.backup'), ' ',"
                        + " JSON_VALUE(payload, '$.reapplied'), ' ', JSON_VALUE(payload, '$.takenAt'))"
                        + " FROM outbox WHERE event_type = 'backup_restored' AND delivered_at IS NULL")
                .stream()
                .map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8))
                .toList())
        .containsExactly("1 " + backup.getFileName() + " 1 " + result.manifest().createdAt());
  }

  @Test
  void aJournalWrittenInClearBeforeK1IsSealedAtTheReKeyAndStillReplaysK1() throws Exception {
    Path older = folder.resolve("journal-clear");
    PurgeOrderCarriedOut order =
        new PurgeOrderCarriedOut(
            "6f1c2d3e-0000-4000-8000-000000000002",
            "G1",
            Instant.now(),
            List.of(new ClassCutoff("plate-reads", 90, Instant.parse("2026-08-01T00:00:00Z"))),
            new Holds(Set.of(), Set.of(), Set.of("HELD7")),
            List.of());
    new FilePurgeOrderJournal(DecisionJournal.in(older, "garage")).carriedOut(order);
    assertThat(text(older)).as("an older version wrote it in clear").contains("HELD7");

    DecisionJournal sealed =
        GarageJournal.in(older, new PlateCipher(ProtectionFactory.ephemeralKeys()));
    assertThat(sealed.reseal()).isEqualTo(1);

    assertThat(text(older)).doesNotContain("HELD7");
    assertThat(sealed.entries())
        .singleElement()
        .satisfies(e -> assertThat(e.data().values()).anyMatch(v -> v.contains("HELD7")));
    assertThat(sealed.reseal()).as("idempotent").isZero();
  }

  private String journalFolderText() throws Exception {
    return text(folder.resolve("journal"));
  }

  private static String text(Path journalFolder) throws Exception {
    StringBuilder all = new StringBuilder();
    try (var files = Files.walk(journalFolder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        all.append(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }

  @Test
  void aGarageWhoseRestoreDidNotCompleteRefusesToStartPolicyR1() {
    DecisionJournal other = DecisionJournal.in(folder.resolve("journal-2"), "garage");
    other.append(DecisionJournal.RESTORE_STARTED, Map.of("backup", "x.pbk"), Instant.now());
    DatabaseSettings settings =
        new DatabaseSettings("garage", true, "x", 0, true, "parcs", null, null, null, 4);
    BackupSettings backup =
        new BackupSettings(folder.resolve("journal-2").toString(), null, null, null, null);

    assertThatThrownBy(() -> DatabaseFactory.refuseUnfinishedRestore(settings, backup))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a restore of backup x.pbk")
        .hasMessageContaining("Run the restore again");
  }

  private void execute(String sql) throws Exception {
    try (Connection c =
        DriverManager.getConnection(server.jdbcUrl(database.database()), "root", "")) {
      c.createStatement().execute(sql);
    }
  }

  private void read(String plate, String at) throws Exception {
    try (Connection c =
            DriverManager.getConnection(server.jdbcUrl(database.database()), "root", "");
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO plate_read (id, garage_id, lane_id, camera_id, plate_hash,"
                    + " plate_sealed, raw_plate_sealed, confidence, source, captured_at,"
                    + " received_at) VALUES (UUID(), 'G1', 'l', 'c', ?, ?, ?, 0.9, 'test', ?, ?)")) {
      LocalDateTime time = LocalDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC);
      ps.setBytes(1, GarageTestSupport.hashBytes(plate));
      ps.setBytes(2, GarageTestSupport.sealed(plate, "plate_read", "plate"));
      ps.setBytes(3, GarageTestSupport.sealed(plate, "plate_read", "raw_plate"));
      ps.setObject(4, time);
      ps.setObject(5, time);
      ps.executeUpdate();
    }
  }

  private List<byte[]> texts(String sql) throws Exception {
    try (Connection c =
            DriverManager.getConnection(server.jdbcUrl(database.database()), "root", "");
        ResultSet r = c.createStatement().executeQuery(sql)) {
      List<byte[]> texts = new java.util.ArrayList<>();
      while (r.next()) {
        texts.add(r.getBytes(1));
      }
      return texts;
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
