package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.db.DatabaseFactory;
import org.openparcs.db.backup.BackupFailure;
import org.openparcs.db.backup.BackupKeys;
import org.openparcs.db.backup.DatabaseTarget;
import org.openparcs.db.backup.DecisionJournal;
import org.openparcs.db.backup.MariaDbClient;
import org.openparcs.db.backup.RestoreBackup;
import org.openparcs.db.backup.TakeBackup;
import org.openparcs.portal.retention.infrastructure.PortalBackup;

/**
 * A backup of the portal's real database, then decisions after it (a hold released, a hold placed,
 * a purge, a hold on what the purge removed), then a restore: the restored database has lost what
 * the purge removed and keeps the holds as they were decided (POLICY R1, R3); the backup is
 * encrypted, and a wrong key or a changed file restores nothing (K1).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreIT implements TestPropertyProvider {

  private static final String HTML = "text/html";
  private static final String G1_TOKEN = "test-token-garage-one-0001";
  private static final Pattern RUN = Pattern.compile("/retention/runs/(\\d+)");
  private static final String KEYS = "2026b:" + key(1) + ",2026a:" + key(2);

  private final Path folder = temp();

  @Inject EmbeddedServer server;
  @Inject TestClock clock;
  @Inject Accounts accounts;
  @Inject DatabaseFactory.PooledDatabase database;
  @Inject DatabaseFactory.EmbeddedDatabase embedded;
  @Inject org.openparcs.portal.protection.infrastructure.EventPlates eventPlates;
  @Inject org.openparcs.protection.PlateLookup lookup;

  private PortalHttp coordinator;
  private Sql sql;
  private DecisionJournal journal;
  private MariaDbClient client;
  private Path backup;
  private long journalAfterRestore;

  @Override
  public Map<String, String> getProperties() {
    return Map.of("parcs.backup.journal-dir", folder.resolve("journal").toString());
  }

  @BeforeAll
  void backUpThenDecideThenRestore() throws IOException {
    sql = new Sql(database.raw());
    // The portal seals its journal's lines (POLICY K1); the test reads it with the same keys.
    journal =
        DecisionJournal.in(folder.resolve("journal"), "portal", new PortalBackup().journalSealer());
    client = MariaDbClient.in(embedded.server().binaries());
    accounts.trainCoordinator();
    coordinator = new PortalHttp(server.getURI());
    coordinator.logInAsCoordinator(clock);
    Instant old = clock.instant().minus(Duration.ofDays(200));
    ingest(
        Batches.eventAt("bk", 1, "plate_read", old, read("OLD1")),
        Batches.eventAt("bk", 2, "plate_read", old, read("HELD1")),
        Batches.eventAt("bk", 3, "plate_read", old, read("LATE1")),
        Batches.eventAt("bk", 4, "plate_read", old, read("KEEP1")),
        Batches.eventAt("bk", 5, "plate_read", clock.instant(), read("NEW1")),
        Batches.eventAt(
            "bk",
            6,
            "payment_captured",
            old,
            "{\"sessionId\":\"s-old\",\"plate\":\"OLD2\",\"amountMinor\":900,\"currency\":\"USD\"}"));
    placeHold("HELD1", "CASE-B1");
    placeHold("LATE1", "CASE-B2");

    backup =
        new TakeBackup(client, BackupKeys.parse(KEYS), Clock.systemUTC())
            .take(source(), folder.resolve("backups"));

    releaseHold("CASE-B1");
    placeHold("KEEP1", "CASE-B3");
    purgeAndWait();
    placeHold("OLD1", "CASE-B4");

    new RestoreBackup(client, BackupKeys.parse(KEYS), Clock.systemUTC())
        .restore(backup, target("_restored"), new PortalBackup());
    journalAfterRestore = journal.lastSeq();
  }

  @Test
  void purgedRowsStayGoneAfterARestorePolicyR1() {
    assertThat(sql.eventPlates(eventPlates))
        .as("the live portal after its purge")
        .containsExactlyInAnyOrder("LATE1", "KEEP1", "NEW1");
    assertThat(restoredPlates())
        .as("the restored portal: what the purge after the backup removed stays gone")
        .containsExactlyInAnyOrder("LATE1", "KEEP1", "NEW1");
    assertThat(restored("SELECT payload FROM received_event WHERE event_type = 'payment_captured'"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("900", "s-old")
        .doesNotContain("OLD2");
  }

  @Test
  void holdDecisionsAfterTheBackupHoldAfterARestorePolicyR3() {
    String holds =
        "SELECT CONCAT(id, ' ', HEX(target_hash), ' ', case_number, ' ',"
            + " IF(released_at IS NULL, 'active', 'released'))"
            + " FROM legal_hold ORDER BY id";
    // A held plate is kept sealed with its lookup hash (POLICY K1): compared by hash here.
    assertThat(restored(holds)).isEqualTo(sql.texts(holds));
    assertThat(restoredReleaseReason("CASE-B1"))
        .as("the release reason, sealed at rest (POLICY K1), re-applied from the journal")
        .startsWith("case closed");
    assertThat(restored(holds))
        .anyMatch(h -> h.contains("CASE-B1 released"))
        .anyMatch(h -> h.endsWith(hex("KEEP1") + " CASE-B3 active"))
        .anyMatch(h -> h.endsWith(hex("OLD1") + " CASE-B4 active"));
  }

  @Test
  void theRestoreIsJournaledAndTheBackupIsEncryptedPolicyK1() throws IOException {
    List<String> types = journal.entries().stream().map(e -> e.type()).toList();
    assertThat(types.subList(types.size() - 6, types.size()))
        .containsExactly(
            "HOLD_RELEASED",
            "HOLD_PLACED",
            "PURGE_RAN",
            "HOLD_PLACED",
            "RESTORE_STARTED",
            "RESTORE_COMPLETED");
    assertThat(journal.unfinishedRestore()).isEmpty();
    assertThat(journal.entries().get(types.size() - 1).data().get("summary"))
        .contains("2 hold(s) placed, 1 released, 1 purge(s) re-run: 3 record(s) purged");
    String raw = new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1);
    assertThat(raw).startsWith("PARCSBK1").doesNotContain("HELD1", "received_event", "CREATE");
    assertThat(journal.entries().stream().filter(e -> "HOLD_PLACED".equals(e.type())))
        .anyMatch(e -> "HELD1".equals(e.data().get("target")));
    assertThat(Files.readString(journal.file(), StandardCharsets.UTF_8))
        .as("the journal's lines are sealed (POLICY K1)")
        .doesNotContain("HELD1", "KEEP1", "CASE-B1");
  }

  @Test
  void theRestoreIsInTheRestoredPortalsAuditTrailLinkedIntoItsChainPolicyR1() {
    assertThat(restoredAuditDetails("BACKUP_RESTORED"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("R1 portal restored backup " + backup.getFileName() + " taken at ")
        .contains(", 4 purge/hold decision(s) re-applied: 2 hold(s) placed, 1 released");
    assertThat(
            restored(
                "SELECT COUNT(*) FROM audit_record a JOIN audit_record b"
                    + " ON b.id = (SELECT MAX(id) FROM audit_record WHERE id < a.id)"
                    + " WHERE a.action = 'BACKUP_RESTORED' AND a.prev_hash = b.hash"
                    + " AND a.hash = (SELECT last_hash FROM audit_chain_head WHERE id = 1)"))
        .as("linked after the last restored record, and the chain's head")
        .containsExactly("1");
  }

  @Test
  void aGarageReportingItsRestoreIsInThePortalsAuditTrailPolicyR1() {
    ingest(
        Batches.eventAt(
            "rs",
            1_795_000_000_000L,
            "backup_restored",
            clock.instant(),
            "{\"backup\":\"parcs-garage-20261120T020000Z.pbk\","
                + "\"takenAt\":\"2026-11-20T02:00:00Z\",\"reapplied\":2,"
                + "\"summary\":\"2 purge order(s) re-applied: 14 record(s) purged\","
                + "\"restoredAt\":\"2026-11-22T09:00:00Z\"}"));

    assertThat(sql.auditDetails("GARAGE_BACKUP_RESTORED"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith(
            "R1 garage G1 restored backup parcs-garage-20261120T020000Z.pbk taken at"
                + " 2026-11-20T02:00:00Z, 2 purge/hold decision(s) re-applied: 2 purge order(s)"
                + " re-applied: 14 record(s) purged");
  }

  @Test
  void aWrongKeyRestoresNothingPolicyK1() {
    String otherKeys = "2026b:" + key(9);
    assertThatThrownBy(
            () ->
                new RestoreBackup(client, BackupKeys.parse(otherKeys), Clock.systemUTC())
                    .restore(backup, target("_wrongkey"), new PortalBackup()))
        .isInstanceOf(BackupFailure.class)
        .hasMessageContaining("a wrong key, or the file was changed: nothing was restored");
    assertThatThrownBy(
            () ->
                new RestoreBackup(client, BackupKeys.parse("2027:" + key(3)), Clock.systemUTC())
                    .restore(backup, target("_wrongkey"), new PortalBackup()))
        .hasMessageContaining("encrypted with key '2026b', which is not among the configured keys");
    assertThat(databaseExists("_wrongkey")).isFalse();
    assertThat(journal.lastSeq()).isEqualTo(journalAfterRestore);
  }

  @Test
  void aChangedBackupRestoresNothingPolicyK1() throws IOException {
    byte[] bytes = Files.readAllBytes(backup);
    bytes[bytes.length / 2] ^= 0x01;
    Path changed = folder.resolve("changed.pbk");
    Files.write(changed, bytes);
    byte[] truncated = java.util.Arrays.copyOf(Files.readAllBytes(backup), bytes.length - 40);
    Path cut = folder.resolve("truncated.pbk");
    Files.write(cut, truncated);

    for (Path file : List.of(changed, cut)) {
      assertThatThrownBy(
              () ->
                  new RestoreBackup(client, BackupKeys.parse(KEYS), Clock.systemUTC())
                      .restore(file, target("_changed"), new PortalBackup()))
          .isInstanceOf(BackupFailure.class)
          .hasMessageContaining("nothing was restored");
    }
    assertThat(databaseExists("_changed")).isFalse();
    assertThat(journal.lastSeq()).isEqualTo(journalAfterRestore);
  }

  private TakeBackup.Source source() {
    return new TakeBackup.Source("portal", database(""), null, journal);
  }

  private RestoreBackup.Target target(String suffix) {
    return new RestoreBackup.Target("portal", database(suffix), null, journal);
  }

  private DatabaseTarget database(String suffix) {
    return new DatabaseTarget(
        "127.0.0.1",
        embedded.server().port(),
        embedded.database() + suffix,
        "root",
        "",
        List.of("--skip-ssl"));
  }

  private String hex(String plate) {
    return java.util.HexFormat.of().withUpperCase().formatHex(lookup.hash(plate));
  }

  private List<String> restoredPlates() {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl(embedded.server().jdbcUrl(embedded.database() + "_restored"));
      pool.setUsername("root");
      pool.setMaximumPoolSize(1);
      return new Sql(pool).eventPlates(eventPlates);
    }
  }

  private List<String> restored(String query) {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl(embedded.server().jdbcUrl(embedded.database() + "_restored"));
      pool.setUsername("root");
      pool.setMaximumPoolSize(1);
      return new Sql(pool).texts(query);
    }
  }

  private String restoredReleaseReason(String caseNumber) {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl(embedded.server().jdbcUrl(embedded.database() + "_restored"));
      pool.setUsername("root");
      pool.setMaximumPoolSize(1);
      byte[] sealed =
          new Sql(pool)
              .blobs(
                  "SELECT release_reason_sealed FROM legal_hold WHERE case_number = ?", caseNumber)
              .get(0);
      return new org.openparcs.protection.PlateCipher(TestPlateKeys.RING)
          .open(sealed, "portal.legal_hold.release_reason");
    }
  }

  /** The restored portal's audit details of {@code action}, opened (sealed at rest, K1). */
  private List<String> restoredAuditDetails(String action) {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl(embedded.server().jdbcUrl(embedded.database() + "_restored"));
      pool.setUsername("root");
      pool.setMaximumPoolSize(1);
      return new Sql(pool).auditDetails(action);
    }
  }

  private boolean databaseExists(String suffix) {
    try (Connection c = DriverManager.getConnection(embedded.server().jdbcUrl(""), "root", "");
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '"
                        + embedded.database()
                        + suffix
                        + "'")) {
      r.next();
      return r.getInt(1) > 0;
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private void purgeAndWait() {
    String token = PortalHttp.csrfToken(coordinator.get("/retention", HTML).body());
    HttpResponse<String> started =
        coordinator.postForm("/retention/purges", Map.of("csrfToken", token));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
    Matcher m = RUN.matcher(started.headers().firstValue("Location").orElse(""));
    assertThat(m.find()).isTrue();
    long run = Long.parseLong(m.group(1));
    for (int i = 0; i < 200; i++) {
      if (!"RUNNING".equals(sql.text("SELECT status FROM purge_run WHERE id = ?", run))) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("purge run " + run + " did not end");
  }

  private void placeHold(String plate, String caseNumber) {
    String token = PortalHttp.csrfToken(coordinator.get("/retention", HTML).body());
    HttpResponse<String> answer =
        coordinator.postForm(
            "/retention/holds",
            Map.of(
                "kind",
                "PLATE",
                "target",
                plate,
                "caseNumber",
                caseNumber,
                "reason",
                "evidence",
                "csrfToken",
                token));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
  }

  private void releaseHold(String caseNumber) {
    String id = sql.text("SELECT id FROM legal_hold WHERE case_number = ?", caseNumber);
    String token = PortalHttp.csrfToken(coordinator.get("/retention", HTML).body());
    HttpResponse<String> answer =
        coordinator.postForm(
            "/retention/holds/" + id + "/release",
            Map.of("reason", "case closed", "csrfToken", token));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
  }

  private void ingest(String... events) {
    HttpResponse<String> answer =
        new PortalHttp(server.getURI())
            .postJson("/api/garages/G1/events", G1_TOKEN, Batches.of(events));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private static String read(String plate) {
    return "{\"plate\":\"" + plate + "\",\"lane\":\"entry-1\",\"camera\":\"cam-1\"}";
  }

  private static String key(int seed) {
    byte[] raw = new byte[32];
    java.util.Arrays.fill(raw, (byte) seed);
    return Base64.getEncoder().encodeToString(raw);
  }

  private static Path temp() {
    try {
      return Files.createTempDirectory("parcs-backup-it-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
