package org.openparcs.controller.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openparcs.controller.GarageTestSupport.await;
import static org.openparcs.controller.GarageTestSupport.count;
import static org.openparcs.controller.GarageTestSupport.plateHash;
import static org.openparcs.controller.GarageTestSupport.post;
import static org.openparcs.controller.GarageTestSupport.string;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.operator.application.OperatorSessions;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.protection.infrastructure.ClearPlates;
import org.openparcs.controller.protection.infrastructure.GarageRekey;
import org.openparcs.controller.protection.infrastructure.ProtectionFactory;
import org.openparcs.controller.session.application.Sessions;
import org.openparcs.controller.session.infrastructure.JdbcSessions;
import org.openparcs.controller.session.model.OpenSession;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.db.DatabaseFactory.EmbeddedDatabase;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import org.openparcs.db.EmbeddedMariaDb;
import org.openparcs.db.backup.DatabaseTarget;
import org.openparcs.db.backup.MariaDbClient;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateKeys;
import org.openparcs.protection.PlateLookup;
import org.openparcs.protection.RekeyCounts;
import org.openparcs.protection.UnsealException;

/**
 * POLICY K1 for stays, decisions, payments and operators' exit decisions (V110), through real lanes
 * over Modbus, real HTTP and the embedded MariaDB: after a permit holder, a visitor who pays and
 * leaves through an exit read one confusable character off, and a lost ticket, none of those plates
 * is in those tables in clear, raw or dumped; a tampered session plate fails with a clear error;
 * during a lookup-key rotation one plate never gets two open sessions.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsAtRestK1IT implements TestPropertyProvider {

  /** The tables V110 seals. */
  private static final List<String> TABLES =
      List.of("parking_session", "access_decision", "payment", "exit_entry_decision");

  private static final String PERMIT = "K1PRM01";
  private static final String VISITOR = "K1VIS8B";
  private static final String VISITOR_AT_EXIT = "K1VIS88";
  private static final String LOST = "K1LOST9";

  private final IoModuleSimulator entry =
      IoModuleSimulator.start(SimulatedLane.standard("entry"), 0);
  private final IoModuleSimulator exit = IoModuleSimulator.start(SimulatedLane.standard("exit"), 0);

  @Inject EmbeddedServer server;
  @Inject PooledDatabase database;
  @Inject EmbeddedDatabase embedded;
  @Inject OperatorSessions operatorSessions;
  @Inject Sessions sessions;
  @Inject Transactions tx;
  @Inject JdbcTransactions jdbcTransactions;
  @Inject GarageLayout garage;
  private URI base;
  private DataSource db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>();
    p.putAll(GarageTestSupport.lane("entry-1", "ENTRY", entry, "cam-k1s-entry"));
    p.putAll(GarageTestSupport.lane("exit-1", "EXIT", exit, "cam-k1s-exit"));
    p.put("parcs.garage.id", "garage-k1s");
    p.put("parcs.visitors.admitted", "true");
    // The pushes score every character 0.95: below this, one confusable character may be
    // substituted, so the exit read K1VIS88 finds the session K1VIS8B opened.
    p.put("parcs.reads.confusable-below", "0.99");
    return p;
  }

  @BeforeAll
  void tariffAndPermit() {
    base = server.getURI();
    db = database.raw();
    GarageTestSupport.publishVisitorTariff(base, "k1s-1");
    String permit =
        """
        {"plate":"%s","holder":"K1S","kind":"PERMIT","validFrom":"%s","validTo":"%s"}
        """
            .formatted(
                PERMIT,
                Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plus(1, ChronoUnit.DAYS));
    assertThat(
            post(
                    base,
                    "/api/permits",
                    "application/json",
                    GarageTestSupport.operatorToken(operatorSessions, "garage-k1s", "k1-op"),
                    permit)
                .statusCode())
        .isEqualTo(201);
  }

  @AfterAll
  void stopDevices() {
    entry.close();
    exit.close();
  }

  @Test
  void aLaneRunLeavesNoPlateInClearInSessionsDecisionsAndPaymentsK1() throws Exception {
    assertThat(GarageTestSupport.drive(base, entry, "cam-k1s-entry", PERMIT, true).body())
        .contains("\"decision\":\"GRANTED\"", "\"rule\":\"VALID_PERMIT\"");
    awaitSession(PERMIT, "IS NULL");
    assertThat(GarageTestSupport.drive(base, exit, "cam-k1s-exit", PERMIT, true).body())
        .contains("\"decision\":\"GRANTED\"");
    awaitSession(PERMIT, "IS NOT NULL");

    assertThat(GarageTestSupport.drive(base, entry, "cam-k1s-entry", VISITOR, true).body())
        .contains("\"decision\":\"GRANTED\"", "\"rule\":\"VISITOR\"");
    awaitSession(VISITOR, "IS NULL");
    Thread.sleep(1100);
    String quote = GarageTestSupport.get(base, "/api/quotes?plate=" + VISITOR).body();
    assertThat(quote).as("the session is found by the plate's hash").contains("\"amount\":100");
    HttpResponse<String> paid =
        post(
            base,
            "/api/payments",
            "application/json",
            """
            {"reference":"k1s-pay-1","source":"PAY_ON_FOOT","method":"CARD","amount":100,
             "currency":"USD","plate":"%s","terminal":"pof-1","occurredAt":"%s"}
            """
                .formatted(VISITOR, Instant.now()));
    assertThat(paid.statusCode()).as(paid.body()).isIn(200, 201);
    assertThat(count(db, "SELECT COUNT(*) FROM payment WHERE plate_hash=" + plateHash(VISITOR)))
        .isEqualTo(1);
    assertThat(GarageTestSupport.drive(base, exit, "cam-k1s-exit", VISITOR_AT_EXIT, true).body())
        .contains("\"decision\":\"GRANTED\"", "\"rule\":\"PAID\"");
    awaitSession(VISITOR, "IS NOT NULL");
    assertThat(
            GarageTestSupport.opened(
                db,
                "access_decision",
                "matched_plate",
                "SELECT matched_plate_sealed FROM access_decision WHERE plate_hash="
                    + plateHash(VISITOR_AT_EXIT)
                    + " AND plate_match='CONFUSABLE'"))
        .as("the exit matched the entry through one confusable character")
        .isEqualTo(VISITOR);

    lostTicket();

    for (String table : TABLES) {
      assertThat(count(db, "SELECT COUNT(*) FROM " + table)).as(table).isPositive();
    }
    assertThat(
            count(
                db,
                "SELECT (SELECT COUNT(*) FROM parking_session WHERE legacy_plate IS NOT NULL)"
                    + " + (SELECT COUNT(*) FROM access_decision WHERE legacy_plate IS NOT NULL"
                    + " OR legacy_matched_plate IS NOT NULL)"
                    + " + (SELECT COUNT(*) FROM payment WHERE legacy_plate IS NOT NULL)"
                    + " + (SELECT COUNT(*) FROM exit_entry_decision"
                    + " WHERE legacy_entry_plate IS NOT NULL OR legacy_exit_plate IS NOT NULL)"))
        .as("K1: no clear plate column is written")
        .isZero();

    List<String> rows = new ArrayList<>();
    for (String line : dump(embedded.database()).split("\n")) {
      for (String table : TABLES) {
        if (line.startsWith("INSERT INTO `" + table + "`")) {
          rows.add(line);
        }
      }
    }
    assertThat(rows)
        .as("the dump holds the four tables' rows")
        .hasSizeGreaterThanOrEqualTo(TABLES.size());
    for (String plate :
        List.of(PERMIT, VISITOR, VISITOR_AT_EXIT, LOST, "K1V1S8B", "K1V1S88", "k1vis8b")) {
      String hex =
          HexFormat.of().withUpperCase().formatHex(plate.getBytes(StandardCharsets.US_ASCII));
      for (String row : rows) {
        assertThat(row).as("K1: no plate in the dump").doesNotContain(plate).doesNotContain(hex);
      }
    }
  }

  @Test
  void aTamperedSessionPlateFailsToOpenWithAClearErrorK1() throws Exception {
    String plate = "K1TAMP1";
    UUID decision = UUID.randomUUID();
    UUID session = UUID.randomUUID();
    execute(
        "INSERT INTO access_decision (id, garage_id, lane_id, plate_hash, plate_sealed, outcome,"
            + " rule, decided_at) VALUES (?, 'garage-k1s', 'entry-1', ?, ?, 'GRANTED', 'VISITOR',"
            + " UTC_TIMESTAMP(6))",
        decision,
        GarageTestSupport.hashBytes(plate),
        GarageTestSupport.sealed(plate, "access_decision", "plate"));
    execute(
        "INSERT INTO parking_session (id, garage_id, plate_hash, plate_folded_hash, plate_sealed,"
            + " entry_lane_id, entry_decision_id, entered_at) VALUES (?, 'garage-k1s', ?, ?, ?,"
            + " 'entry-1', ?, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR)",
        session,
        GarageTestSupport.hashBytes(plate),
        GarageTestSupport.hashBytes("K1TAMP1"),
        GarageTestSupport.sealed(plate, "parking_session", "plate"),
        decision);
    try {
      assertThat(tx.inTransaction(() -> sessions.openFor(PlateText.of(plate))).orElseThrow().id())
          .isEqualTo(session);

      execute(
          "UPDATE parking_session SET plate_sealed ="
              + " (SELECT plate_sealed FROM access_decision WHERE id = ?) WHERE id = ?",
          decision,
          session);
      assertThatThrownBy(() -> tx.inTransaction(() -> sessions.openFor(PlateText.of(plate))))
          .as("a decision's sealed plate does not open as a session's")
          .isInstanceOf(UnsealException.class)
          .hasMessageContaining("not sealed for context 'garage.parking_session.plate'");

      byte[] tampered = GarageTestSupport.sealed(plate, "parking_session", "plate");
      tampered[tampered.length - 1] ^= 0x01;
      execute("UPDATE parking_session SET plate_sealed = ? WHERE id = ?", tampered, session);
      assertThatThrownBy(() -> tx.inTransaction(() -> sessions.openFor(PlateText.of(plate))))
          .isInstanceOf(UnsealException.class)
          .hasMessageContaining("failed authentication");
      HttpResponse<String> quote = GarageTestSupport.get(base, "/api/quotes?plate=" + plate);
      assertThat(quote.statusCode()).isEqualTo(500);
      assertThat(quote.body())
          .contains("a stored plate failed to open (K1)")
          .doesNotContain("Exception")
          .doesNotContain(plate);
      assertThat(count(db, "SELECT COUNT(*) FROM parking_session WHERE id = ?", session))
          .as("nothing stored is lost")
          .isEqualTo(1);
    } finally {
      execute("DELETE FROM parking_session WHERE id = ?", session);
      execute("DELETE FROM access_decision WHERE id = ?", decision);
    }
  }

  /**
   * POLICY K1 key rotation: before the re-key has run, an open session can carry its plate's hash
   * under the old lookup key, which the unique key on the new key's hash does not see. Openings
   * then look under every key's hash, one at a time (V141's lock row), so one plate keeps one
   * session.
   */
  @Test
  void duringALookupKeyRotationOnePlateNeverGetsTwoOpenSessionsK1() throws Exception {
    PlateKeys current = ProtectionFactory.ephemeralKeys();
    PlateKeys rotated = current.withCurrentLookupKey("k1-race-lookup", PlateKeys.randomKey());
    // Both keys configured, the old one still current: what wrote rows before the switch.
    PlateKeys beforeSwitch =
        PlateKeys.fromConfiguration(
            "test",
            rotated.dataKeysSetting(),
            rotated.currentDataKeyId(),
            rotated.lookupKeysSetting(),
            current.currentLookupKeyId());
    Sessions oldKey = sessionsUnder(current);
    Sessions oldKeyRotating = sessionsUnder(beforeSwitch);
    Sessions newKey = sessionsUnder(rotated);

    // A stay opened before the rotation, its hash under the old key; then the same plate again.
    String parked = "K1RACE1";
    assertThat(tx.inTransaction(() -> oldKey.openUnlessOpen(stay(parked)))).isTrue();
    assertThat(tx.inTransaction(() -> newKey.openUnlessOpen(stay(parked))))
        .as("the open session under the old key's hash is seen")
        .isFalse();
    assertThat(openSessions(parked, current, rotated)).isEqualTo(1);

    // Two openings at once, one hashing under each key: the second waits for the first's commit.
    String racing = "K1RACE2";
    // Each opening then needs one pooled connection only (its transaction); the lock probe uses
    // its own connection, outside the pool.
    OpenSession racingFirst = stay(racing);
    OpenSession racingSecond = stay(racing);
    CountDownLatch firstOpened = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> second =
          pool.submit(
              () -> {
                firstOpened.await();
                return tx.inTransaction(() -> newKey.openUnlessOpen(racingSecond));
              });
      Future<Boolean> first =
          pool.submit(
              () ->
                  tx.inTransaction(
                      () -> {
                        boolean opened = oldKeyRotating.openUnlessOpen(racingFirst);
                        firstOpened.countDown();
                        // Commit only once the second opening waits for a lock (or has finished).
                        await(
                            "the second opening waits or is done",
                            Duration.ofSeconds(60),
                            () -> second.isDone() || lockWaits() > 0);
                        return opened;
                      }));
      assertThat(List.of(first.get(90, TimeUnit.SECONDS), second.get(90, TimeUnit.SECONDS)))
          .as("one opening opens, the other finds it")
          .containsExactly(true, false);
    } finally {
      pool.shutdownNow();
    }
    assertThat(openSessions(racing, current, rotated))
        .as("K1: one open session for the plate under either key's hash")
        .isEqualTo(1);
    execute(
        "UPDATE parking_session SET exited_at = UTC_TIMESTAMP(6) WHERE exited_at IS NULL"
            + " AND entry_decision_id IN (SELECT id FROM access_decision WHERE rule = 'K1_RACE')");
  }

  private Sessions sessionsUnder(PlateKeys keys) {
    return new JdbcSessions(jdbcTransactions, garage, new PlateCipher(keys), new PlateLookup(keys));
  }

  /** A stay of {@code plate} entering now, with the decision row it names. */
  private OpenSession stay(String plate) {
    UUID decision = UUID.randomUUID();
    try {
      execute(
          "INSERT INTO access_decision (id, garage_id, lane_id, outcome, rule, decided_at)"
              + " VALUES (?, 'garage-k1s', 'entry-1', 'GRANTED', 'K1_RACE', UTC_TIMESTAMP(6))",
          decision);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return new OpenSession(
        UUID.randomUUID(),
        PlateText.of(plate),
        null,
        new LaneId("entry-1"),
        decision,
        Instant.now());
  }

  private long openSessions(String plate, PlateKeys... rings) {
    long open = 0;
    for (PlateKeys ring : rings) {
      open +=
          count(
              db,
              "SELECT COUNT(*) FROM parking_session WHERE open_plate_hash = ?",
              new PlateLookup(ring).hash(plate));
    }
    return open;
  }

  private long lockWaits() {
    try (Connection c =
            DriverManager.getConnection(
                embedded.server().jdbcUrl(embedded.database()), "root", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM information_schema.INNODB_TRX"
                        + " WHERE trx_state = 'LOCK WAIT'")) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theConverterSealsTheClearPlatesRowsOfTheOldSchemaKeptK1() throws Exception {
    EmbeddedMariaDb mariadb = embedded.server();
    String name = "garage_k1_convert_" + Long.toString(System.nanoTime(), 36);
    mariadb.createDatabase(name);
    migrate(mariadb, name, "101");
    String d1 = UUID.randomUUID().toString();
    String d2 = UUID.randomUUID().toString();
    String session = UUID.randomUUID().toString();
    try (Connection c = DriverManager.getConnection(mariadb.jdbcUrl(name), "root", "")) {
      c.createStatement().execute("SET foreign_key_checks = 0");
      oldRow(
          c,
          "INSERT INTO access_decision (id, garage_id, lane_id, plate, outcome, rule, decided_at,"
              + " matched_plate, plate_match, match_detail) VALUES"
              + " (?, 'g', 'l', 'K1OLDO1', 'GRANTED', 'VISITOR', UTC_TIMESTAMP(6), 'K1OLDO1',"
              + " 'EXACT', NULL),"
              + " (?, 'g', 'l', 'K1OLD2Z', 'GRANTED', 'VISITOR', UTC_TIMESTAMP(6), NULL,"
              + " 'AMBIGUOUS', 'K1OLD22 K1OLDZ2')",
          d1,
          d2);
      oldRow(
          c,
          "INSERT INTO parking_session (id, garage_id, plate, entry_lane_id, entry_decision_id,"
              + " entered_at) VALUES (?, 'g', 'K1OLDO1', 'l', ?, UTC_TIMESTAMP(6))",
          session,
          d1);
      oldRow(
          c,
          "INSERT INTO payment (id, garage_id, session_id, plate, kind, amount_minor, currency,"
              + " method, reference, occurred_at) VALUES (UUID(), 'g', ?, 'K1OLDO1', 'PAYMENT',"
              + " 100, 'USD', 'CARD', 'k1-old-pay', UTC_TIMESTAMP(6))",
          session);
      oldRow(
          c,
          "INSERT INTO exit_entry_decision (id, garage_id, exception_id, rule, session_id,"
              + " entry_plate, exit_plate, operator, reason, decided_at) VALUES (UUID(), 'g',"
              + " UUID(), 'OPERATOR_MATCHED_ENTRY', ?, 'K1OLDO1', 'K1OLD01', 'op', 'seen',"
              + " UTC_TIMESTAMP(6))",
          session);
    }
    migrate(mariadb, name, null);

    PlateKeys keys = PlateKeys.generate("k1-convert-data", "k1-convert-lookup");
    PlateCipher cipher = new PlateCipher(keys);
    PlateLookup lookup = new PlateLookup(keys);
    try (HikariDataSource pool = pool(mariadb, name)) {
      Map<String, Long> sealed = new ClearPlates(pool, cipher, lookup, 1).sealAll();

      assertThat(sealed)
          .containsEntry("parking_session.legacy_plate", 1L)
          .containsEntry("access_decision.legacy_plate", 2L)
          .containsEntry("access_decision.legacy_matched_plate", 1L)
          .containsEntry("access_decision.match_detail", 1L)
          .containsEntry("payment.legacy_plate", 1L)
          .containsEntry("exit_entry_decision.legacy_entry_plate", 1L)
          .containsEntry("exit_entry_decision.legacy_exit_plate", 1L);
      assertThat(
              count(
                  pool,
                  "SELECT (SELECT COUNT(*) FROM parking_session WHERE legacy_plate IS NOT NULL)"
                      + " + (SELECT COUNT(*) FROM access_decision WHERE legacy_plate IS NOT NULL"
                      + " OR legacy_matched_plate IS NOT NULL OR match_detail IS NOT NULL)"
                      + " + (SELECT COUNT(*) FROM payment WHERE legacy_plate IS NOT NULL)"
                      + " + (SELECT COUNT(*) FROM exit_entry_decision"
                      + " WHERE legacy_entry_plate IS NOT NULL OR legacy_exit_plate IS NOT NULL)"))
          .as("the clear columns are emptied")
          .isZero();
      assertThat(
              count(
                  pool,
                  "SELECT COUNT(*) FROM parking_session WHERE open_plate_hash = ?"
                      + " AND open_plate_folded_hash = ?",
                  lookup.hash("K1OLDO1"),
                  lookup.hash("K10LD01")))
          .as("the open session is found by its hash and by its folded plate's hash")
          .isEqualTo(1);
      assertThat(
              cipher.open(
                  bytes(pool, "SELECT plate_sealed FROM parking_session"),
                  "garage.parking_session.plate"))
          .isEqualTo("K1OLDO1");
      assertThat(
              cipher.open(
                  bytes(pool, "SELECT tied_plates_sealed FROM access_decision WHERE id = ?", d2),
                  "garage.access_decision.tied_plates"))
          .isEqualTo("K1OLD22 K1OLDZ2");
      assertThat(
              cipher.open(
                  bytes(pool, "SELECT exit_plate_sealed FROM exit_entry_decision"),
                  "garage.exit_entry_decision.exit_plate"))
          .isEqualTo("K1OLD01");
      assertThat(
              count(
                  pool,
                  "SELECT COUNT(*) FROM payment WHERE plate_hash = ?",
                  lookup.hash("K1OLDO1")))
          .isEqualTo(1);

      assertThat(new ClearPlates(pool, cipher, lookup, 1).sealAll())
          .as("a converted column is not scanned again")
          .isEmpty();
      try (Connection c = pool.getConnection()) {
        c.createStatement().execute("DELETE FROM clear_plates_converted");
      }
      assertThat(new ClearPlates(pool, cipher, lookup, 1).sealAll().values())
          .as("a second run finds nothing to seal")
          .containsOnly(0L);
    }
  }

  @Test
  void aNewCurrentKeyAndTheRekeyLeaveNoSessionDecisionOrPaymentPlateUnderTheOldKeysK1()
      throws Exception {
    EmbeddedMariaDb mariadb = embedded.server();
    String name = "garage_k1s_rotation_" + Long.toString(System.nanoTime(), 36);
    mariadb.createDatabase(name);
    migrate(mariadb, name, null);
    PlateKeys old = PlateKeys.generate("k1s-old-data", "k1s-old-lookup");
    PlateCipher oldCipher = new PlateCipher(old);
    PlateLookup oldLookup = new PlateLookup(old);
    try (Connection c = DriverManager.getConnection(mariadb.jdbcUrl(name), "root", "")) {
      c.createStatement().execute("SET foreign_key_checks = 0");
      for (int i = 0; i < 5; i++) {
        String plate = "K1ROTO" + i;
        String decision = UUID.randomUUID().toString();
        String session = UUID.randomUUID().toString();
        oldRow(
            c,
            "INSERT INTO access_decision (id, garage_id, lane_id, plate_hash, plate_sealed,"
                + " matched_plate_sealed, outcome, rule, decided_at) VALUES (?, 'g', 'l', ?, ?, ?,"
                + " 'GRANTED', 'VISITOR', UTC_TIMESTAMP(6))",
            decision,
            oldLookup.hash(plate),
            oldCipher.seal(plate, "garage.access_decision.plate"),
            oldCipher.seal(plate, "garage.access_decision.matched_plate"));
        oldRow(
            c,
            "INSERT INTO parking_session (id, garage_id, plate_hash, plate_folded_hash,"
                + " plate_sealed, entry_lane_id, entry_decision_id, entered_at) VALUES (?, 'g', ?,"
                + " ?, ?, 'l', ?, UTC_TIMESTAMP(6))",
            session,
            oldLookup.hash(plate),
            oldLookup.hash(plate.replace('O', '0')),
            oldCipher.seal(plate, "garage.parking_session.plate"),
            decision);
        oldRow(
            c,
            "INSERT INTO payment (id, garage_id, session_id, plate_hash, plate_sealed, kind,"
                + " amount_minor, currency, method, reference, occurred_at) VALUES (UUID(), 'g', ?,"
                + " ?, ?, 'PAYMENT', 100, 'USD', 'CARD', ?, UTC_TIMESTAMP(6))",
            session,
            oldLookup.hash(plate),
            oldCipher.seal(plate, "garage.payment.plate"),
            "k1s-rot-" + i);
        oldRow(
            c,
            "INSERT INTO exit_entry_decision (id, garage_id, exception_id, rule, session_id,"
                + " entry_plate_sealed, exit_plate_sealed, operator, reason, decided_at) VALUES"
                + " (UUID(), 'g', UUID(), 'OPERATOR_MATCHED_ENTRY', ?, ?, ?, 'op', 'seen',"
                + " UTC_TIMESTAMP(6))",
            session,
            oldCipher.seal(plate, "garage.exit_entry_decision.entry_plate"),
            oldCipher.seal(plate, "garage.exit_entry_decision.exit_plate"));
      }
    }
    PlateKeys rotated =
        old.withCurrentDataKey("k1s-new-data", PlateKeys.randomKey())
            .withCurrentLookupKey("k1s-new-lookup", PlateKeys.randomKey());
    try (HikariDataSource pool = pool(mariadb, name)) {
      Map<String, RekeyCounts> first = new GarageRekey(pool, rotated, 2).run();

      assertThat(first.get("parking_session"))
          .isEqualTo(new RekeyCounts("parking_session", 5, 5, 5));
      assertThat(first.get("access_decision"))
          .isEqualTo(new RekeyCounts("access_decision", 5, 5, 5));
      assertThat(first.get("payment")).isEqualTo(new RekeyCounts("payment", 5, 5, 5));
      assertThat(first.get("exit_entry_decision"))
          .isEqualTo(new RekeyCounts("exit_entry_decision", 5, 5, 0));

      PlateKeys dropped = rotated.withoutDataKey("k1s-old-data").withoutLookupKey("k1s-old-lookup");
      PlateCipher cipher = new PlateCipher(dropped);
      PlateLookup lookup = new PlateLookup(dropped);
      for (int i = 0; i < 5; i++) {
        String plate = "K1ROTO" + i;
        assertThat(
                count(
                    pool,
                    "SELECT COUNT(*) FROM parking_session WHERE open_plate_hash = ?"
                        + " AND open_plate_folded_hash = ?",
                    lookup.hash(plate),
                    lookup.hash(plate.replace('O', '0'))))
            .as("a session is found under the new lookup key alone")
            .isEqualTo(1);
        assertThat(
                count(
                    pool, "SELECT COUNT(*) FROM payment WHERE plate_hash = ?", lookup.hash(plate)))
            .isEqualTo(1);
        assertThat(
                count(
                    pool,
                    "SELECT COUNT(*) FROM access_decision WHERE plate_hash = ?",
                    lookup.hash(plate)))
            .isEqualTo(1);
      }
      for (String[] column :
          new String[][] {
            {"parking_session", "plate"},
            {"access_decision", "plate"},
            {"access_decision", "matched_plate"},
            {"payment", "plate"},
            {"exit_entry_decision", "entry_plate"},
            {"exit_entry_decision", "exit_plate"}
          }) {
        try (Connection c = pool.getConnection();
            ResultSet rs =
                c.createStatement()
                    .executeQuery("SELECT " + column[1] + "_sealed FROM " + column[0])) {
          int rows = 0;
          while (rs.next()) {
            rows++;
            assertThat(cipher.keyIdOf(rs.getBytes(1))).isEqualTo("k1s-new-data");
            assertThat(cipher.open(rs.getBytes(1), "garage." + column[0] + "." + column[1]))
                .startsWith("K1ROTO");
          }
          assertThat(rows).as(column[0] + "." + column[1]).isEqualTo(5);
        }
      }
      assertThat(new GarageRekey(pool, rotated, 2).run().get("parking_session"))
          .as("idempotent")
          .isEqualTo(new RekeyCounts("parking_session", 5, 0, 0));
      assertThat(new GarageRekey(pool, dropped, 2).run().values())
          .as("with the old keys removed, nothing is left to re-key")
          .allMatch(c -> c.scanned() == 0);
    }
  }

  private static void migrate(EmbeddedMariaDb mariadb, String name, String target) {
    var flyway =
        Flyway.configure()
            .dataSource(mariadb.jdbcUrl(name), mariadb.user(), mariadb.password())
            .locations("classpath:db/garage");
    if (target != null) {
      flyway.target(target);
    }
    flyway.load().migrate();
  }

  private static HikariDataSource pool(EmbeddedMariaDb mariadb, String name) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(mariadb.jdbcUrl(name));
    pool.setUsername("root");
    pool.setPassword("");
    return pool;
  }

  private static void oldRow(Connection c, String sql, Object... args) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  private static byte[] bytes(DataSource ds, String sql, Object... args) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as(sql).isTrue();
        return rs.getBytes(1);
      }
    }
  }

  /** An exit read with no entry near it, settled by the operator as a lost ticket. */
  private void lostTicket() throws Exception {
    assertThat(GarageTestSupport.drive(base, exit, "cam-k1s-exit", LOST, false).body())
        .contains("\"decision\":\"DENIED\"", "\"reason\":\"NO_SESSION\"");
    String exception =
        string(
            db,
            "SELECT e.id FROM lane_exception e JOIN access_decision d ON d.id = e.decision_id"
                + " WHERE e.kind = 'NO_ENTRY_FOUND' AND d.plate_hash = "
                + plateHash(LOST));
    HttpResponse<String> lost =
        GarageTestSupport.post(
            base,
            "/api/exceptions/" + exception + "/lost-ticket",
            "application/json",
            GarageTestSupport.operatorToken(operatorSessions, "garage-k1s", "k1-op"),
            "{\"reason\":\"no ticket, no entry on camera\"}");
    assertThat(lost.statusCode()).as(lost.body()).isEqualTo(200);
    assertThat(lost.body()).contains("\"exitPlate\":\"" + LOST + "\"");
    assertThat(
            GarageTestSupport.opened(
                db,
                "exit_entry_decision",
                "exit_plate",
                "SELECT exit_plate_sealed FROM exit_entry_decision WHERE exception_id = ?",
                exception))
        .isEqualTo(LOST);
  }

  private void awaitSession(String plate, String exited) {
    await(
        plate + " exited_at " + exited,
        Duration.ofSeconds(10),
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                        + plateHash(plate)
                        + " AND exited_at "
                        + exited)
                == 1);
  }

  private void execute(String sql, Object... args) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i] instanceof UUID u ? u.toString() : args[i]);
      }
      ps.executeUpdate();
    }
  }

  private String dump(String name) {
    EmbeddedMariaDb mariadb = embedded.server();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MariaDbClient.in(mariadb.binaries())
        .dump(
            new DatabaseTarget(
                "127.0.0.1", mariadb.port(), name, "root", "", List.of("--skip-ssl")),
            out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
