package org.openparcs.controller.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openparcs.controller.GarageTestSupport.await;
import static org.openparcs.controller.GarageTestSupport.count;
import static org.openparcs.controller.GarageTestSupport.post;
import static org.openparcs.controller.GarageTestSupport.postBytes;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.CameraPushes;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.bridge.sim.SimulatedVehicle;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.backup.model.PurgeOrderCarriedOut;
import org.openparcs.controller.camera.infrastructure.FrameStores;
import org.openparcs.controller.plate.application.PlateReads;
import org.openparcs.controller.protection.infrastructure.ClearPlates;
import org.openparcs.controller.protection.infrastructure.GarageRekey;
import org.openparcs.controller.protection.infrastructure.ProtectionFactory;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.retention.application.ExecutePurgeOrder;
import org.openparcs.controller.retention.application.ReceivedOrder;
import org.openparcs.controller.retention.infrastructure.PurgeAgain;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.HoldKind;
import org.openparcs.controller.retention.model.Holds;
import org.openparcs.controller.retention.model.LegalHold;
import org.openparcs.controller.retention.model.PurgeOrder;
import org.openparcs.controller.shared.application.Transactions;
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
 * POLICY K1 at the garage, on the embedded MariaDB with the real migrations, real lanes over Modbus
 * and real HTTP: a dump of the whole database reveals no plate and no frame file is a readable
 * JPEG, a value moved or tampered with does not open, rows the old schema left in clear are sealed
 * by the start-up converter, and a key rotation followed by the re-key leaves nothing under the old
 * keys.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatesAtRestK1IT implements TestPropertyProvider {

  private final IoModuleSimulator entry =
      IoModuleSimulator.start(SimulatedLane.standard("entry"), 0);
  private final IoModuleSimulator exit = IoModuleSimulator.start(SimulatedLane.standard("exit"), 0);
  private final Path frames = temporaryFolder();
  private final Path journal = temporaryFolder();

  @Inject EmbeddedServer server;
  @Inject org.openparcs.controller.garage.model.GarageLayout garageLayout;
  @Inject org.openparcs.controller.operator.application.OperatorSessions operatorSessions;
  @Inject PooledDatabase database;
  @Inject EmbeddedDatabase embedded;
  @Inject PlateReads reads;
  @Inject Transactions tx;
  @Inject ExecutePurgeOrder purges;
  private URI base;
  private DataSource db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>();
    p.putAll(GarageTestSupport.lane("entry-1", "ENTRY", entry, "cam-k1-entry"));
    p.putAll(GarageTestSupport.lane("exit-1", "EXIT", exit, "cam-k1-exit"));
    p.put("parcs.garage.id", "garage-k1");
    p.put("parcs.visitors.admitted", "true");
    p.put("parcs.lane-control.read-timeout", "1s");
    p.put("parcs.frames.dir", frames.toString());
    p.put("parcs.backup.journal-dir", journal.toString());
    return p;
  }

  @BeforeAll
  void tariff() {
    base = server.getURI();
    db = database.raw();
    GarageTestSupport.publishVisitorTariff(base, "k1-visit");
  }

  @BeforeEach
  void connect() {
    base = server.getURI();
    db = database.raw();
  }

  @AfterAll
  void stop() {
    entry.close();
    exit.close();
  }

  @Test
  void aDumpOfTheWholeGarageDatabaseHoldsNoneOfThePlatesUsedK1() throws Exception {
    // A permit holder in (the camera's picture kept with the read) and out.
    registerPermit("K1PERMA");
    SimulatedVehicle holder = new SimulatedVehicle(entry.lane(), Duration.ofMillis(100));
    holder.arrive();
    HttpResponse<String> in =
        postBytes(
            base,
            "/api/cameras/cam-k1-entry/hikvision",
            CameraPushes.MULTIPART,
            CameraPushes.hikvision("K1PERMA", 93));
    assertThat(in.body()).contains("\"decision\":\"GRANTED\"", "\"rule\":\"VALID_PERMIT\"");
    assertThat(holder.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    awaitInside(1);
    assertThat(GarageTestSupport.drive(base, exit, "cam-k1-exit", "K1PERMA", true).body())
        .contains("\"decision\":\"GRANTED\"", "\"rule\":\"OPEN_SESSION\"");
    awaitInside(0);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM plate_read WHERE plate_hash="
                    + GarageTestSupport.plateHash("K1PERMA")))
        .as("the holder's entry and exit reads are found by their lookup hash")
        .isEqualTo(2);

    // A visitor: in, misread at the exit (an exception listing the entry's plate), pays, leaves.
    assertThat(GarageTestSupport.drive(base, entry, "cam-k1-entry", "K1ABC12", true).body())
        .contains("\"decision\":\"GRANTED\"", "\"rule\":\"VISITOR\"");
    awaitInside(1);
    assertThat(GarageTestSupport.drive(base, exit, "cam-k1-exit", "K1A8C12", false).body())
        .contains("\"decision\":\"DENIED\"", "\"reason\":\"NO_SESSION\"");
    assertThat(GarageTestSupport.get(base, "/api/lanes/exit-1/exceptions", viewer()).body())
        .as("the console still shows the sealed detail")
        .contains("NO_ENTRY_FOUND", "no open entry for K1A8C12", "candidates: K1ABC12");
    Thread.sleep(1100);
    String quote = GarageTestSupport.get(base, "/api/quotes?plate=K1ABC12").body();
    String session = quote.replaceAll("(?s).*\"sessionId\":\"([0-9a-f-]+)\".*", "$1");
    String amount = quote.replaceAll("(?s).*\"amount\":([0-9]+).*", "$1");
    HttpResponse<String> paid =
        post(
            base,
            "/api/payments",
            "application/json",
            """
            {"reference":"k1-exit-0001","source":"EXIT_TERMINAL","method":"CARD","amount":%s,
             "currency":"USD","sessionId":"%s","terminal":"exit-1","lane":"exit-1",
             "cashier":"k.cash","overrideReason":"K1OVRD1 is a regular","occurredAt":"%s"}
            """
                .formatted(amount, session, Instant.now()));
    assertThat(paid.statusCode()).as(paid.body()).isIn(200, 201);
    assertThat(GarageTestSupport.drive(base, exit, "cam-k1-exit", "K1ABC12", true).body())
        .contains("\"decision\":\"GRANTED\"", "\"rule\":\"PAID\"");
    awaitInside(0);

    // Nobody read at the entry: an operator types the plate from the image.
    SimulatedVehicle unread = new SimulatedVehicle(entry.lane(), Duration.ofMillis(100));
    unread.arrive();
    await(
        "the vehicle nobody read is handed to an operator",
        Duration.ofSeconds(10),
        () ->
            GarageTestSupport.get(base, "/api/reads/pending?lane=entry-1", viewer())
                .body()
                .contains("READ_TIMEOUT"));
    String pending =
        GarageTestSupport.get(base, "/api/reads/pending?lane=entry-1", viewer()).body();
    Matcher timeout = Pattern.compile("\\{[^{}]*\"kind\":\"READ_TIMEOUT\"[^{}]*}").matcher(pending);
    assertThat(timeout.find()).as(pending).isTrue();
    String exceptionId = timeout.group().replaceAll(".*\"exceptionId\":\"([^\"]+)\".*", "$1");
    HttpResponse<String> corrected =
        post(
            base,
            "/api/reads/corrections",
            "application/json",
            GarageTestSupport.operatorToken(operatorSessions, "garage-k1", "k.one"),
            """
            {"exceptionId":"%s","plate":"K1CORR1","operator":"k.one","reason":"image shows K1RSNC1"}
            """
                .formatted(exceptionId));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    assertThat(corrected.body()).contains("\"decision\":\"GRANTED\"");
    assertThat(unread.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    assertThat(GarageTestSupport.get(base, "/api/reads/accuracy?lane=entry-1", viewer()).body())
        .contains("\"corrections\":1");

    // Operators' free text naming plates (V140): a vend reason, a lane mode reason, a finding
    // disposition's note (and above: the override's and the correction's reasons).
    operatorFreeText();

    // A purge order naming a held plate (its cut-off purges nothing here).
    Instant yearAgo = Instant.now().minus(Duration.ofDays(365));
    PurgeOrder order =
        new PurgeOrder(
            UUID.randomUUID(),
            1,
            "garage-k1",
            "SJPD-DUP",
            Instant.now(),
            List.of(new ClassCutoff("plate-reads", 365, yearAgo)),
            List.of(new LegalHold(HoldKind.PLATE, "K1HELD1", "C-K1")));
    String document =
        "{\"id\":\"%s\",\"holds\":[{\"kind\":\"PLATE\",\"target\":\"K1HELD1\"}]}"
            .formatted(order.id());
    purges.execute(new ReceivedOrder(order, document), order.heldRecords());
    assertThat(count(db, "SELECT COUNT(*) FROM garage_purge WHERE order_sealed IS NOT NULL"))
        .isGreaterThanOrEqualTo(1);

    assertThat(count(db, "SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL"))
        .as("events wait for the portal")
        .isGreaterThan(5);
    assertThat(GarageTestSupport.outboxPayloads(db, "plate_correction"))
        .as("the payload opens into the JSON the portal receives")
        .anyMatch(p -> p.startsWith("{") && p.contains("K1CORR1"));

    String dump = dump(embedded.database(), List.of());
    for (String table :
        List.of(
            "plate_read",
            "permit",
            "plate_frame",
            "parking_session",
            "access_decision",
            "payment",
            "plate_correction",
            "lane_exception",
            "outbox",
            "garage_purge",
            "gate_event",
            "lane_mode_change",
            "finding_disposition")) {
      assertThat(dump)
          .as("the dump holds rows of " + table)
          .contains("INSERT INTO `" + table + "`");
    }
    for (String plate :
        List.of(
            "K1PERMA", "K1ABC12", "K1A8C12", "K1CORR1", "K1HELD1", "k1abc12", "k1perma", "K1RSNC1",
            "K1OVRD1", "K1VEND1", "K1VRSN1", "K1MODE1", "K1NOTE1")) {
      String hex =
          HexFormat.of().withUpperCase().formatHex(plate.getBytes(StandardCharsets.US_ASCII));
      assertThat(dump)
          .as("K1: a dump alone reveals no plate (" + plate + ")")
          .doesNotContain(plate)
          .doesNotContain(hex);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(frames)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).as("the pushed picture is kept").isNotEmpty();
    for (Path file : files) {
      byte[] head = Arrays.copyOf(Files.readAllBytes(file), 3);
      assertThat(head)
          .as("K1: no frame file on disk is a JPEG (" + file.getFileName() + ")")
          .isNotEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    }

    String journaled = journalText();
    assertThat(journaled).as("the purge order is journaled").contains("PURGE_ORDER_CARRIED_OUT");
    for (String plate : List.of("K1HELD1", "K1PERMA", "K1ABC12", "K1CORR1")) {
      assertThat(journaled)
          .as("K1: the journal folder names no plate (" + plate + ")")
          .doesNotContain(plate);
    }

    HttpResponse<String> rekey = post(base, "/api/protection/rekey", "application/json", "");
    assertThat(rekey.statusCode()).as(rekey.body()).isEqualTo(200);
    assertThat(rekey.body()).contains("\"table\":\"garage-decisions.journal\"");
    assertThat(rekey.body()).contains("\"table\":\"plate_read\"", "\"resealed\":0");
    assertThat(rekey.body()).contains("\"table\":\"outbox\"", "\"table\":\"plate_correction\"");
  }

  @Test
  void aValueMovedToAnotherColumnOrTamperedWithFailsToOpenK1() throws Exception {
    UUID id = UUID.randomUUID();
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO plate_read (id, garage_id, lane_id, camera_id, plate_hash,"
                    + " plate_sealed, raw_plate_sealed, confidence, source, captured_at,"
                    + " received_at) VALUES (?, 'garage-k1', 'entry-1', 'cam-k1-entry', ?, ?, ?,"
                    + " 0.9, 'test', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
      ps.setString(1, id.toString());
      ps.setBytes(2, GarageTestSupport.hashBytes("K1MOVE1"));
      ps.setBytes(3, GarageTestSupport.sealed("K1MOVE1", "plate_read", "plate"));
      ps.setBytes(4, GarageTestSupport.sealed("k1-move-1", "plate_read", "raw_plate"));
      ps.executeUpdate();
    }
    assertThat(tx.readOnly(() -> reads.find(id)).orElseThrow().plate().value())
        .isEqualTo("K1MOVE1");

    execute("UPDATE plate_read SET plate_sealed = raw_plate_sealed WHERE id = ?", id);
    assertThatThrownBy(() -> tx.readOnly(() -> reads.find(id)))
        .isInstanceOf(UnsealException.class)
        .hasMessageContaining("not sealed for context 'garage.plate_read.plate'");

    execute(
        "UPDATE plate_read SET plate_sealed = ?, raw_plate_sealed = ? WHERE id = ?",
        GarageTestSupport.sealed("K1MOVE1", "permit", "plate"),
        GarageTestSupport.sealed("k1-move-1", "plate_read", "raw_plate"),
        id);
    assertThatThrownBy(() -> tx.readOnly(() -> reads.find(id)))
        .as("a permit's sealed plate does not open as a read's")
        .isInstanceOf(UnsealException.class);

    byte[] tampered = GarageTestSupport.sealed("K1MOVE1", "plate_read", "plate");
    tampered[tampered.length - 1] ^= 0x01;
    execute("UPDATE plate_read SET plate_sealed = ? WHERE id = ?", tampered, id);
    assertThatThrownBy(() -> tx.readOnly(() -> reads.find(id)))
        .isInstanceOf(UnsealException.class)
        .hasMessageContaining("failed authentication");
    execute("DELETE FROM plate_read WHERE id = ?", id);
  }

  @Test
  void aNewCurrentKeyAndTheRekeyLeaveNoValueUnderTheOldKeysK1() throws Exception {
    EmbeddedMariaDb mariadb = embedded.server();
    String name = "garage_k1_rotation_" + Long.toString(System.nanoTime(), 36);
    mariadb.createDatabase(name);
    Flyway.configure()
        .dataSource(mariadb.jdbcUrl(name), mariadb.user(), mariadb.password())
        .locations("classpath:db/garage")
        .load()
        .migrate();
    PlateKeys old = PlateKeys.generate("k1-old-data", "k1-old-lookup");
    PlateCipher oldCipher = new PlateCipher(old);
    PlateLookup oldLookup = new PlateLookup(old);
    try (Connection c = DriverManager.getConnection(mariadb.jdbcUrl(name), "root", "")) {
      c.createStatement()
          .execute("INSERT INTO garage VALUES ('g', 'Rotation', 'UTC', 'USD', UTC_TIMESTAMP(6))");
      for (int i = 0; i < 7; i++) {
        String plate = "K1ROT" + i;
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO plate_read (id, garage_id, lane_id, camera_id, plate_hash,"
                    + " plate_sealed, raw_plate_sealed, confidence, source, captured_at,"
                    + " received_at) VALUES (UUID(), 'g', 'l', 'c', ?, ?, ?, 0.9, 'test',"
                    + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
          ps.setBytes(1, oldLookup.hash(plate));
          ps.setBytes(2, oldCipher.seal(plate, "garage.plate_read.plate"));
          ps.setBytes(3, oldCipher.seal(plate.toLowerCase(), "garage.plate_read.raw_plate"));
          ps.executeUpdate();
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO permit (id, garage_id, plate_sealed, holder, kind, valid_from,"
                    + " valid_to, created_at) VALUES (UUID(), 'g', ?, 'h', 'PERMIT',"
                    + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 1 DAY, UTC_TIMESTAMP(6))")) {
          ps.setBytes(1, oldCipher.seal(plate, "garage.permit.plate"));
          ps.executeUpdate();
        }
      }
    }
    PlateKeys rotated =
        old.withCurrentDataKey("k1-new-data", PlateKeys.randomKey())
            .withCurrentLookupKey("k1-new-lookup", PlateKeys.randomKey());
    var pool = new com.zaxxer.hikari.HikariDataSource();
    pool.setJdbcUrl(mariadb.jdbcUrl(name));
    pool.setUsername("root");
    pool.setPassword("");
    try (pool) {
      Map<String, RekeyCounts> first = new GarageRekey(pool, rotated, 3).run();

      assertThat(first.get("plate_read")).isEqualTo(new RekeyCounts("plate_read", 7, 7, 7));
      assertThat(first.get("permit")).isEqualTo(new RekeyCounts("permit", 7, 7, 0));
      PlateKeys dropped = rotated.withoutDataKey("k1-old-data").withoutLookupKey("k1-old-lookup");
      PlateCipher cipher = new PlateCipher(dropped);
      PlateLookup lookup = new PlateLookup(dropped);
      try (Connection c = pool.getConnection();
          ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT plate_sealed, raw_plate_sealed, plate_hash FROM plate_read")) {
        while (rs.next()) {
          assertThat(cipher.keyIdOf(rs.getBytes(1))).isEqualTo("k1-new-data");
          assertThat(cipher.keyIdOf(rs.getBytes(2))).isEqualTo("k1-new-data");
          String plate = cipher.open(rs.getBytes(1), "garage.plate_read.plate");
          assertThat(rs.getBytes(3))
              .as("hash under the new lookup key")
              .isEqualTo(lookup.hash(plate));
          assertThat(cipher.open(rs.getBytes(2), "garage.plate_read.raw_plate"))
              .isEqualTo(plate.toLowerCase());
        }
      }
      try (Connection c = pool.getConnection();
          ResultSet rs = c.createStatement().executeQuery("SELECT plate_sealed FROM permit")) {
        while (rs.next()) {
          assertThat(cipher.open(rs.getBytes(1), "garage.permit.plate")).startsWith("K1ROT");
        }
      }
      Map<String, RekeyCounts> again = new GarageRekey(pool, rotated, 3).run();
      assertThat(again.get("plate_read")).isEqualTo(new RekeyCounts("plate_read", 7, 0, 0));
      assertThat(new GarageRekey(pool, dropped, 3).run().get("permit"))
          .as("with the old keys removed, nothing is left to re-key")
          .isEqualTo(new RekeyCounts("permit", 0, 0, 0));
    }
  }

  @Test
  void rowsTheOldSchemaLeftInClearAreSealedOnceByTheConverterAndReKeyedK1() throws Exception {
    EmbeddedMariaDb mariadb = embedded.server();
    String name = "garage_k1_convert_" + Long.toString(System.nanoTime(), 36);
    mariadb.createDatabase(name);
    // The schema before V115, with rows in it as the controller of then wrote them.
    Flyway.configure()
        .dataSource(mariadb.jdbcUrl(name), mariadb.user(), mariadb.password())
        .locations("classpath:db/garage")
        .target("101")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(mariadb.jdbcUrl(name), "root", "");
        java.sql.Statement s = c.createStatement()) {
      s.execute("INSERT INTO garage VALUES ('g', 'Convert', 'UTC', 'USD', UTC_TIMESTAMP(6))");
      s.execute(
          "INSERT INTO io_device VALUES ('io', 'g', 'E1214', '127.0.0.1', 502, 1,"
              + " UTC_TIMESTAMP(6))");
      s.execute("INSERT INTO lane VALUES ('l', 'g', 'Lane', 'EXIT', 'io', UTC_TIMESTAMP(6))");
      for (int i = 0; i < 5; i++) {
        String original = i == 0 ? "NULL" : "'K1OLD" + i + "'";
        s.execute(
            "INSERT INTO plate_correction (id, garage_id, lane_id, plate_read_id,"
                + " corrected_read_id, original_text, corrected_text, operator, reason,"
                + " corrected_at) VALUES (UUID(), 'g', 'l', UUID(), UUID(), "
                + original
                + ", 'K1NEW"
                + i
                + "', 'op', 'from the image', UTC_TIMESTAMP(6))");
        s.execute(
            "INSERT INTO lane_exception (id, garage_id, lane_id, kind, detail, raised_at)"
                + " VALUES (UUID(), 'g', 'l', 'NO_ENTRY_FOUND', 'no open entry for K1NEW"
                + i
                + "; candidates: K1OLD"
                + i
                + "', UTC_TIMESTAMP(6))");
        s.execute(
            "INSERT INTO outbox (event_id, event_type, occurred_at, payload) VALUES (UUID(),"
                + " 'plate_correction', UTC_TIMESTAMP(6), '{\"plate\":\"K1NEW"
                + i
                + "\"}')");
      }
      s.execute(
          "INSERT INTO gate_event (id, garage_id, lane_id, type, detail, occurred_at) VALUES"
              + " (UUID(), 'g', 'l', 'OPERATOR_VEND', 'by op: K1NEW1 lost ticket',"
              + " UTC_TIMESTAMP(6)), (UUID(), 'g', 'l', 'VEND', NULL, UTC_TIMESTAMP(6))");
      s.execute(
          "INSERT INTO lane_mode_change VALUES (UUID(), 'g', 'l', 'NORMAL', 'LOCKED_CLOSED', 'op',"
              + " 'K1OLD2 stuck under the arm', UTC_TIMESTAMP(6))");
      s.execute(
          "INSERT INTO garage_purge (order_id, run_id, status, order_json, received_at) VALUES"
              + " (UUID(), 1, 'DONE', '{\"holds\":[{\"kind\":\"PLATE\",\"target\":\"K1HELD\"}]}',"
              + " UTC_TIMESTAMP(6))");
      s.execute(
          "INSERT INTO reconciliation_run VALUES ('00000000-0000-0000-0000-0000000000a1', 'g',"
              + " UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6), 'ON_DEMAND',"
              + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 1)");
      s.execute(
          "INSERT INTO reconciliation_finding (id, garage_id, run_id, rule, subject, severity,"
              + " amount_minor, currency, summary, evidence, occurred_at, found_at) VALUES"
              + " (UUID(), 'g', '00000000-0000-0000-0000-0000000000a1', 'EXIT_PLATE_MISMATCH',"
              + " 's-1', 'HIGH', 0, 'USD', 'K1NEW1 left as K1OLD1', '{}', UTC_TIMESTAMP(6),"
              + " UTC_TIMESTAMP(6))");
      s.execute(
          "INSERT INTO finding_disposition SELECT UUID(), id, 'INVESTIGATING', 'K1NEW1 again',"
              + " 'aud', UTC_TIMESTAMP(6) FROM reconciliation_finding");
    }
    Flyway.configure()
        .dataSource(mariadb.jdbcUrl(name), mariadb.user(), mariadb.password())
        .locations("classpath:db/garage")
        .load()
        .migrate();
    PlateKeys keys = ProtectionFactory.ephemeralKeys();
    PlateCipher cipher = new PlateCipher(keys);
    PlateLookup lookup = new PlateLookup(keys);
    var pool = new com.zaxxer.hikari.HikariDataSource();
    pool.setJdbcUrl(mariadb.jdbcUrl(name));
    pool.setUsername("root");
    pool.setPassword("");
    try (pool) {
      Map<String, Long> sealed = new ClearPlates(pool, cipher, lookup, 2).sealAll();

      assertThat(sealed)
          .containsEntry("plate_correction.original_text", 4L)
          .containsEntry("plate_correction.corrected_text", 5L)
          .containsEntry("lane_exception.detail", 5L)
          .containsEntry("outbox.payload", 5L)
          .containsEntry("garage_purge.order_json", 1L)
          .containsEntry("reconciliation_finding.summary", 1L)
          .containsEntry("plate_correction.reason", 5L)
          .containsEntry("gate_event.detail", 1L)
          .containsEntry("lane_mode_change.reason", 1L)
          .containsEntry("finding_disposition.note", 1L);
      for (String clear :
          List.of(
              "plate_correction WHERE original_text IS NOT NULL OR corrected_text IS NOT NULL",
              "lane_exception WHERE detail IS NOT NULL",
              "outbox WHERE payload IS NOT NULL",
              "garage_purge WHERE order_json IS NOT NULL",
              "reconciliation_finding WHERE summary IS NOT NULL",
              "plate_correction WHERE reason IS NOT NULL",
              "gate_event WHERE detail IS NOT NULL",
              "lane_mode_change WHERE reason IS NOT NULL",
              "finding_disposition WHERE note IS NOT NULL")) {
        assertThat(count(pool, "SELECT COUNT(*) FROM " + clear)).as(clear).isZero();
      }
      try (Connection c = pool.getConnection();
          ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT original_sealed, original_hash, corrected_sealed, corrected_hash"
                          + " FROM plate_correction")) {
        List<String> corrected = new ArrayList<>();
        while (rs.next()) {
          String text = cipher.open(rs.getBytes(3), SealedContexts.CORRECTION_CORRECTED);
          corrected.add(text);
          assertThat(rs.getBytes(4)).isEqualTo(lookup.hash(text));
          String original = cipher.openNullable(rs.getBytes(1), SealedContexts.CORRECTION_ORIGINAL);
          if (text.equals("K1NEW0")) {
            assertThat(original).isNull();
            assertThat(rs.getBytes(2)).isNull();
          } else {
            assertThat(original).isEqualTo(text.replace("NEW", "OLD"));
            assertThat(rs.getBytes(2)).isEqualTo(lookup.hash(original));
          }
        }
        assertThat(corrected)
            .containsExactlyInAnyOrder("K1NEW0", "K1NEW1", "K1NEW2", "K1NEW3", "K1NEW4");
      }
      assertThat(
              opened(
                  pool,
                  "SELECT detail_sealed FROM lane_exception",
                  SealedContexts.EXCEPTION_DETAIL))
          .contains("no open entry for K1NEW1; candidates: K1OLD1");
      assertThat(opened(pool, "SELECT payload_sealed FROM outbox", SealedContexts.OUTBOX_PAYLOAD))
          .contains("{\"plate\":\"K1NEW3\"}");
      assertThat(opened(pool, "SELECT order_sealed FROM garage_purge", SealedContexts.PURGE_ORDER))
          .containsExactly("{\"holds\":[{\"kind\":\"PLATE\",\"target\":\"K1HELD\"}]}");
      assertThat(
              opened(
                  pool,
                  "SELECT summary_sealed FROM reconciliation_finding",
                  SealedContexts.FINDING_SUMMARY))
          .containsExactly("K1NEW1 left as K1OLD1");
      assertThat(
              opened(
                  pool,
                  "SELECT detail_sealed FROM gate_event WHERE detail_sealed IS NOT NULL",
                  SealedContexts.GATE_EVENT_DETAIL))
          .as("only the event with a detail is sealed")
          .containsExactly("by op: K1NEW1 lost ticket");
      assertThat(
              opened(
                  pool,
                  "SELECT reason_sealed FROM lane_mode_change",
                  SealedContexts.LANE_MODE_REASON))
          .containsExactly("K1OLD2 stuck under the arm");
      assertThat(
              opened(
                  pool,
                  "SELECT note_sealed FROM finding_disposition",
                  SealedContexts.DISPOSITION_NOTE))
          .containsExactly("K1NEW1 again");
      String dump = dump(name, List.of());
      assertThat(dump)
          .contains("INSERT INTO `plate_correction`")
          .doesNotContain("K1NEW", "K1OLD", "K1HELD");

      assertThat(new ClearPlates(pool, cipher, lookup, 2).sealAll())
          .as("a converted column is not scanned again")
          .isEmpty();
      try (Connection c = pool.getConnection()) {
        c.createStatement().execute("DELETE FROM clear_plates_converted");
      }
      assertThat(new ClearPlates(pool, cipher, lookup, 2).sealAll().values())
          .as("idempotent: nothing left in clear")
          .containsOnly(0L);

      // The re-key covers these columns: a rotation of both keys leaves nothing under the old.
      PlateKeys rotated =
          keys.withCurrentDataKey("k1-conv-data", PlateKeys.randomKey())
              .withCurrentLookupKey("k1-conv-lookup", PlateKeys.randomKey());
      Map<String, RekeyCounts> rekeyed = new GarageRekey(pool, rotated, 2).run();
      assertThat(rekeyed.get("plate_correction"))
          .isEqualTo(new RekeyCounts("plate_correction", 5, 5, 5));
      assertThat(rekeyed.get("outbox")).isEqualTo(new RekeyCounts("outbox", 5, 5, 0));
      assertThat(rekeyed.get("lane_exception"))
          .isEqualTo(new RekeyCounts("lane_exception", 5, 5, 0));
      assertThat(rekeyed.get("garage_purge")).isEqualTo(new RekeyCounts("garage_purge", 1, 1, 0));
      assertThat(rekeyed.get("reconciliation_finding"))
          .isEqualTo(new RekeyCounts("reconciliation_finding", 1, 1, 0));
      PlateKeys dropped =
          rotated
              .withoutDataKey(keys.currentDataKeyId())
              .withoutLookupKey(keys.currentLookupKeyId());
      PlateCipher newCipher = new PlateCipher(dropped);
      assertThat(
              opened(
                  pool,
                  newCipher,
                  "SELECT payload_sealed FROM outbox",
                  SealedContexts.OUTBOX_PAYLOAD))
          .hasSize(5);
      assertThat(
              count(
                  pool,
                  "SELECT COUNT(*) FROM plate_correction WHERE corrected_hash = ?",
                  new PlateLookup(dropped).hash("K1NEW2")))
          .as("found by the hash under the new lookup key")
          .isEqualTo(1);
      assertThat(new GarageRekey(pool, dropped, 2).run().get("outbox"))
          .isEqualTo(new RekeyCounts("outbox", 0, 0, 0));

      // POLICY R3 on sealed corrections: a held plate keeps its corrections, found by hash.
      PurgeAgain.rows(
          pool,
          new PurgeOrderCarriedOut(
              UUID.randomUUID().toString(),
              "g",
              Instant.now(),
              List.of(new ClassCutoff("plate-reads", 0, Instant.now().plus(Duration.ofMinutes(1)))),
              new Holds(Set.of(), Set.of(), Set.of("K1NEW2", "K1OLD3")),
              List.of()),
          FrameStores.none(),
          new PlateLookup(dropped));
      assertThat(
              opened(
                  pool,
                  newCipher,
                  "SELECT corrected_sealed FROM plate_correction",
                  SealedContexts.CORRECTION_CORRECTED))
          .as("held by the corrected plate, and by the plate read; the others purged")
          .containsExactlyInAnyOrder("K1NEW2", "K1NEW3");
    }
  }

  /**
   * An operator vends a vehicle naming a plate in the reason, locks a lane naming one, and an
   * auditor notes one on a finding; the console and the findings view show the opened text.
   */
  private void operatorFreeText() throws Exception {
    SimulatedVehicle vended = new SimulatedVehicle(entry.lane(), Duration.ofMillis(100));
    vended.arrive();
    await(
        "the lane sees the vehicle",
        Duration.ofSeconds(5),
        () ->
            GarageTestSupport.get(base, "/api/lanes", viewer())
                .body()
                .contains("\"armingLoop\":true"));
    HttpResponse<String> vend =
        post(
            base,
            "/api/lanes/entry-1/vend",
            "application/json",
            viewer(),
            "{\"plate\":\"K1VEND1\",\"reason\":\"K1VRSN1 on the ticket, reader down\"}");
    assertThat(vend.statusCode()).as(vend.body()).isEqualTo(200);
    assertThat(vended.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    assertThat(
            GarageTestSupport.opened(
                db,
                "gate_event",
                "detail",
                "SELECT detail_sealed FROM gate_event WHERE type = 'OPERATOR_VEND'"))
        .isEqualTo("by Vera Viewer: K1VRSN1 on the ticket, reader down");

    HttpResponse<String> locked =
        post(
            base,
            "/api/lanes/exit-1/mode",
            "application/json",
            viewer(),
            "{\"mode\":\"LOCKED_CLOSED\",\"reason\":\"K1MODE1 blocks the exit\"}");
    assertThat(locked.statusCode()).as(locked.body()).isEqualTo(200);
    assertThat(locked.body()).contains("K1MODE1 blocks the exit");
    assertThat(
            post(
                    base,
                    "/api/lanes/exit-1/mode",
                    "application/json",
                    viewer(),
                    "{\"mode\":\"NORMAL\",\"reason\":\"cleared\"}")
                .statusCode())
        .isEqualTo(200);

    UUID run = UUID.randomUUID();
    UUID finding = UUID.randomUUID();
    execute(
        "INSERT INTO reconciliation_run VALUES (?, 'garage-k1', UTC_TIMESTAMP(6) - INTERVAL 1 DAY,"
            + " UTC_TIMESTAMP(6), 'ON_DEMAND', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 1)",
        run);
    execute(
        "INSERT INTO reconciliation_finding (id, garage_id, run_id, rule, subject, severity,"
            + " amount_minor, currency, summary_sealed, evidence, occurred_at, found_at) VALUES"
            + " (?, 'garage-k1', ?, 'OVERRIDE', 'k1-finding', 'MEDIUM', 100, 'USD', ?,"
            + " ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
        finding,
        run,
        GarageTestSupport.sealed("a cashier overrode the fee", "reconciliation_finding", "summary"),
        ("{\"reads\":[],\"decisions\":[],\"gateEvents\":[],\"sessions\":[\"%s\"],"
                + "\"payments\":[],\"validations\":[]}")
            .formatted(UUID.randomUUID()));
    HttpResponse<String> disposed =
        post(
            base,
            "/api/findings/" + finding + "/disposition",
            "application/json",
            viewer(),
            "{\"disposition\":\"INVESTIGATING\",\"note\":\"K1NOTE1 seen twice\","
                + "\"auditor\":\"a.k1\"}");
    assertThat(disposed.statusCode()).as(disposed.body()).isEqualTo(201);
    assertThat(GarageTestSupport.get(base, "/api/findings/" + finding, viewer()).body())
        .as("the findings view shows the opened note")
        .contains("K1NOTE1 seen twice", "a cashier overrode the fee");
  }

  private List<String> opened(DataSource ds, String sql, String context) throws Exception {
    return opened(ds, new PlateCipher(ProtectionFactory.ephemeralKeys()), sql, context);
  }

  private static List<String> opened(DataSource ds, PlateCipher cipher, String sql, String context)
      throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection c = ds.getConnection();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        values.add(cipher.open(rs.getBytes(1), context));
      }
    }
    return values;
  }

  private void registerPermit(String plate) {
    String body =
        """
        {"plate":"%s","holder":"K1","kind":"PERMIT","validFrom":"%s","validTo":"%s"}
        """
            .formatted(
                plate,
                Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plus(1, ChronoUnit.DAYS));
    assertThat(post(base, "/api/permits", "application/json", viewer(), body).statusCode())
        .isEqualTo(201);
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

  /** A dump of the database as {@code ./parcs backup} takes it, less the tables {@code left}. */
  private String dump(String name, List<String> left) {
    EmbeddedMariaDb mariadb = embedded.server();
    List<String> options = new ArrayList<>(List.of("--skip-ssl"));
    left.forEach(table -> options.add("--ignore-table=" + name + "." + table));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MariaDbClient.in(mariadb.binaries())
        .dump(new DatabaseTarget("127.0.0.1", mariadb.port(), name, "root", "", options), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private String viewerToken;

  /** An operator session of this garage: the garage's views need one (POLICY A5). */
  private String viewer() {
    if (viewerToken == null) {
      viewerToken =
          GarageTestSupport.operatorToken(
              operatorSessions, garageLayout.id().value(), "Vera Viewer");
    }
    return viewerToken;
  }

  private void awaitInside(int vehicles) {
    await(
        vehicles + " vehicle(s) inside",
        Duration.ofSeconds(5),
        () ->
            GarageTestSupport.get(base, "/api/occupancy")
                .body()
                .contains("\"inside\":" + vehicles + ","));
  }

  private String journalText() throws java.io.IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> walk = Files.walk(journal)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        all.append(Files.readString(file, StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("k1-frames");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
