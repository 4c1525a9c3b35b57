package org.openparcs.controller.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openparcs.controller.GarageTestSupport.count;
import static org.openparcs.controller.GarageTestSupport.plateHash;
import static org.openparcs.controller.GarageTestSupport.plateRecognizerPush;
import static org.openparcs.controller.GarageTestSupport.post;

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
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.bridge.sim.SimulatedVehicle;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.plate.application.PlateReads;
import org.openparcs.controller.protection.infrastructure.GarageRekey;
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
 * and real HTTP: the sealed tables of a dump reveal no plate, a value moved or tampered with does
 * not open, and a key rotation followed by the re-key leaves nothing under the old keys.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatesAtRestK1IT implements TestPropertyProvider {

  /** The tables sealed so far (V100, V101) and the frame metadata. */
  private static final List<String> SEALED_TABLES =
      List.of("plate_read", "plate_read_kept", "permit", "plate_frame");

  private final IoModuleSimulator entry =
      IoModuleSimulator.start(SimulatedLane.standard("entry"), 0);

  @Inject EmbeddedServer server;
  @Inject org.openparcs.controller.garage.model.GarageLayout garageLayout;
  @Inject org.openparcs.controller.operator.application.OperatorSessions operatorSessions;
  @Inject PooledDatabase database;
  @Inject EmbeddedDatabase embedded;
  @Inject PlateReads reads;
  @Inject Transactions tx;
  private URI base;
  private DataSource db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>();
    p.putAll(GarageTestSupport.lane("entry-1", "ENTRY", entry, "cam-k1-entry"));
    p.put("parcs.garage.id", "garage-k1");
    return p;
  }

  @BeforeEach
  void connect() {
    base = server.getURI();
    db = database.raw();
  }

  @AfterAll
  void stop() {
    entry.close();
  }

  @Test
  void aDumpOfTheSealedTablesHoldsNoneOfThePlatesUsedK1() throws Exception {
    registerPermit("K1PERMA");
    SimulatedVehicle car = new SimulatedVehicle(entry.lane(), Duration.ofMillis(100));
    car.arrive();
    HttpResponse<String> in =
        post(
            base,
            "/api/cameras/cam-k1-entry/platerecognizer",
            "application/json",
            plateRecognizerPush("cam-k1-entry", "k1perma", 0.93));
    assertThat(in.body()).contains("\"decision\":\"GRANTED\"", "\"rule\":\"VALID_PERMIT\"");
    assertThat(car.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    entry.lane().armingLoop(true);
    try {
      HttpResponse<String> stranger =
          post(
              base,
              "/api/cameras/cam-k1-entry/platerecognizer",
              "application/json",
              plateRecognizerPush("cam-k1-entry", "K1STRNG", 0.95));
      assertThat(stranger.body()).contains("\"decision\":\"DENIED\"");
    } finally {
      entry.lane().armingLoop(false);
    }
    assertThat(
            count(db, "SELECT COUNT(*) FROM plate_read WHERE plate_hash=" + plateHash("K1PERMA")))
        .as("the read is found by its lookup hash")
        .isEqualTo(1);

    String dump = dump(embedded.database());
    List<String> rows = new ArrayList<>();
    for (String line : dump.split("\n")) {
      for (String table : SEALED_TABLES) {
        if (line.startsWith("INSERT INTO `" + table + "`")) {
          rows.add(line);
        }
      }
    }
    assertThat(rows).as("the dump holds the reads and the permit").hasSizeGreaterThanOrEqualTo(2);
    for (String plate : List.of("K1PERMA", "k1perma", "K1STRNG")) {
      String hex =
          HexFormat.of().withUpperCase().formatHex(plate.getBytes(StandardCharsets.US_ASCII));
      for (String row : rows) {
        assertThat(row).as("K1: no plate in the dump").doesNotContain(plate).doesNotContain(hex);
      }
    }

    HttpResponse<String> rekey = post(base, "/api/protection/rekey", "application/json", "");
    assertThat(rekey.statusCode()).as(rekey.body()).isEqualTo(200);
    assertThat(rekey.body()).contains("\"table\":\"plate_read\"", "\"resealed\":0");
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
}
