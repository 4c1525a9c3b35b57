package org.openparcs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openparcs.db.EmbeddedMariaDb;
import org.openparcs.protection.FileSealer;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * The portal's purge orders carried out at the garage (POLICY R1, R3, R4): the portal and the
 * controller in their own JVMs on a real MariaDB, talking over HTTP. The garage holds reads,
 * decisions, sessions with money and payments from 100 days ago (the SJ-PARK profile keeps plate
 * data 90 days), some of them under legal holds placed at the portal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GaragePurgeIT {

  private static final String TOKEN = "purge-garage-token-0123456789";

  /** The controller's sealing context of frame images (SealedContexts.FRAME_IMAGE). */
  private static final String FRAME_CONTEXT = "garage.plate_frame.image";

  private static final String G = GarageStack.GARAGE_ID;
  private final EmbeddedMariaDb mariadb = EmbeddedMariaDb.shared();
  private final String garageDb = "purge_garage_" + System.nanoTime() % 100_000;
  private final String portalDb = "purge_portal_" + System.nanoTime() % 100_000;
  private final Instant now = Instant.now();
  private final Instant expired = now.minus(Duration.ofDays(100));
  private final UUID heldRead = UUID.randomUUID();
  private final UUID heldSession = UUID.randomUUID();
  private final UUID paidSession = UUID.randomUUID();
  private final UUID expiredRead = UUID.randomUUID();
  private final byte[] jpeg = jpeg();
  private Path expiredFrame;
  private Path heldByReadFrame;
  private Path heldByPlateFrame;
  private GarageStack garage;
  private ControllerClient controller;

  @BeforeAll
  void startGarageWithOldDataAndHolds() throws SQLException {
    mariadb.createDatabase(garageDb);
    mariadb.createDatabase(portalDb);
    garage =
        new GarageStack(
            Path.of("target", "purge-logs").toAbsolutePath(),
            new GarageStack.Databases() {
              @Override
              public Map<String, String> controller() {
                return externalDb(garageDb);
              }

              @Override
              public Map<String, String> portal() {
                return externalDb(portalDb);
              }
            },
            freePort(),
            freePort(),
            0,
            0,
            TOKEN,
            Map.of(
                "parcs.portal.bootstrap-admin.username", "coordinator",
                "parcs.portal.bootstrap-admin.password", "purge-Password-1"));
    garage.startPortal();
    // Not yet trusting the portal's order key: every order is refused (first test), then enrolled.
    garage.startController(withSettings("parcs.identity.portal-keys", ""));
    controller = garage.controllerClient();
    seedGarage();
    // Holds placed at the portal (as its /retention page does), then a purge run: the portal
    // purges at start and issues an order to the garage carrying the holds.
    sql(
        portalDb,
        "INSERT INTO legal_hold (target_kind, target, case_number, reason, placed_by, placed_at)"
            + " VALUES ('READ', ?, 'C-1', 'evidence', 'coordinator', NOW(6)),"
            + " ('PLATE', 'HELDPL', 'C-2', 'evidence', 'coordinator', NOW(6)),"
            + " ('SESSION', ?, 'C-3', 'dispute', 'coordinator', NOW(6))",
        heldRead.toString(),
        heldSession.toString());
    garage.stopPortal();
    garage.startPortal();
  }

  @AfterAll
  void stop() {
    if (garage != null) {
      garage.close();
    }
  }

  private static Map<String, String> withSettings(String... keyValues) {
    Map<String, String> p = new java.util.HashMap<>();
    p.put("parcs.retention.first-poll", "1h");
    p.put("parcs.portal.breaker-open-wait", "2s");
    for (int i = 0; i < keyValues.length; i += 2) {
      p.put(keyValues[i], keyValues[i + 1]);
    }
    return p;
  }

  @Test
  @Order(0)
  void aGarageWithoutPortalKeysRefusesEveryOrderAndSaysSo() throws IOException {
    long reads = count(garageDb, "SELECT COUNT(*) FROM plate_read");

    JsonNode poll = controller.pollPurgeOrders();

    assertThat(poll.path("pending").asInt()).as(poll.toString()).isPositive();
    assertThat(poll.path("refused").asInt()).isEqualTo(poll.path("pending").asInt());
    assertThat(poll.path("purged").asInt()).isZero();
    assertThat(count(garageDb, "SELECT COUNT(*) FROM plate_read")).isEqualTo(reads);
    assertThat(
            count(portalDb, "SELECT COUNT(*) FROM garage_purge_order WHERE confirmed_at IS NULL"))
        .as("nothing confirmed")
        .isPositive();
    JsonNode ready = controller.readiness();
    assertThat(
            ready.path("details").path("portal-orders").path("details").path("portalKeys").asText())
        .as(ready.toString())
        .isEqualTo("portal keys missing");
    assertThat(ready.path("details").path("portal-orders").path("status").asText())
        .isEqualTo("DEGRADED");
    assertThat(controller.prometheus())
        .containsPattern(
            "parcs_retention_orders_refused_total\\{reason=\"portal_keys_missing\",?\\} [1-9]");
    assertThat(java.nio.file.Files.readString(garage.controller().log()))
        .contains("portal keys missing (parcs.identity.portal-keys)");

    garage.stopController();
    garage.startController(withSettings());
    controller = garage.controllerClient();
  }

  @Test
  @Order(1)
  void theGaragePurgesExpiredPlateDataAndImageFilesKeepsHeldRecordsAndConfirmsWithCountsR1R3R4()
      throws IOException {
    assertThat(
            count(portalDb, "SELECT COUNT(*) FROM garage_purge_order WHERE confirmed_at IS NULL"))
        .as("the portal issued orders")
        .isPositive();

    JsonNode poll = controller.pollPurgeOrders();

    assertThat(poll.path("portalProblem").isNull() || poll.path("portalProblem").isMissingNode())
        .as(poll.toString())
        .isTrue();
    assertThat(poll.path("confirmed").asInt()).isEqualTo(poll.path("pending").asInt());
    // R1: expired reads gone, fresh ones stay; R3: held by read id and by plate stay.
    assertThat(readPlates()).isEqualTo("HELDPL,HELDPL,HELDRD,NEW1");
    // R1: the sealed image file of a purged read is deleted from disk, its frame row keeps no path;
    // R3: the files of reads held by id and by plate stay, and still open to the image.
    assertThat(expiredFrame).as("R1: the purged read's frame file").doesNotExist();
    assertThat(
            count(
                garageDb,
                "SELECT COUNT(*) FROM plate_frame WHERE path IS NULL AND sha256 IS NULL AND id = '"
                    + expiredFrame.getFileName().toString().replace(".jpg", "")
                    + "'"))
        .isEqualTo(1);
    FileSealer sealer = new FileSealer(garage.plateKeys());
    for (Path held : List.of(heldByReadFrame, heldByPlateFrame)) {
      assertThat(held).as("R3: a held read's frame file").exists();
      assertThat(sealer.read(held, FRAME_CONTEXT)).isEqualTo(jpeg);
    }
    // R1: decisions stay (gate events and sessions name them) without their plates.
    assertThat(count(garageDb, "SELECT COUNT(*) FROM access_decision")).isEqualTo(7);
    assertThat(
            opened(
                "SELECT plate_sealed, '' FROM access_decision WHERE plate_sealed IS NOT NULL",
                "garage.access_decision.plate"))
        .as("a session hold keeps the session's plate, not its decision's")
        .isEqualTo("HELDPL,HELDPL,HELDRD,NEW1");
    // R1: a session past its period keeps its money with its plate removed; R3: a held one keeps
    // it.
    assertThat(
            opened(
                "SELECT plate_sealed, CONCAT(':', fee_minor, fee_currency) FROM parking_session"
                    + " ORDER BY fee_minor",
                "garage.parking_session.plate"))
        .isEqualTo("HELDSS:800USD,-:1200USD");
    assertThat(
            opened(
                "SELECT plate_sealed, CONCAT(':', amount_minor) FROM payment",
                "garage.payment.plate"))
        .isEqualTo("-:1200");
    // R4: the portal's proof holds the garage's counts.
    assertThat(
            count(portalDb, "SELECT COUNT(*) FROM garage_purge_order WHERE confirmed_at IS NULL"))
        .isZero();
    assertThat(
            count(
                portalDb,
                "SELECT SUM(JSON_VALUE(confirmation_json, '$.counts.\"plate-reads\"'))"
                    + " FROM garage_purge_order"))
        .as("OLD1, OLD2 and the read of the held session")
        .isEqualTo(3);
    assertThat(
            count(
                portalDb,
                "SELECT SUM(JSON_VALUE(confirmation_json, '$.counts.\"session-plates\"'))"
                    + " FROM garage_purge_order"))
        .isEqualTo(1);
    assertThat(
            count(
                portalDb,
                "SELECT SUM(JSON_VALUE(confirmation_json, '$.counts.images'))"
                    + " FROM garage_purge_order"))
        .as("R4: the image files deleted")
        .isEqualTo(1);
    assertThat(
            count(
                portalDb,
                "SELECT MAX(JSON_VALUE(confirmation_json, '$.counts.\"held-kept\"'))"
                    + " FROM garage_purge_order"))
        .as("3 held reads and 1 held session")
        .isEqualTo(4);
    assertThat(
            count(
                portalDb,
                "SELECT COUNT(*) FROM audit_record WHERE action = 'PURGE_ORDER_CONFIRMED'"))
        .isEqualTo(count(portalDb, "SELECT COUNT(*) FROM garage_purge_order"));
    JsonNode purges = controller.purges();
    assertThat(purges.path("recent").get(0).path("status").asText()).isEqualTo("CONFIRMED");
    assertThat(purges.path("running").asBoolean()).isFalse();
  }

  @Test
  @Order(2)
  void whileThePortalIsAwayThePollWaitsAndTheLanesGoOn() {
    garage.stopPortal();

    JsonNode poll = controller.pollPurgeOrders();
    ControllerClient.PushResult read = controller.push(GarageStack.ENTRY_CAMERA, "AWAY1", 0.95);

    assertThat(poll.path("portalProblem").asText()).contains("purge orders");
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(
            count(
                garageDb,
                "SELECT COUNT(*) FROM plate_read WHERE plate_hash = UNHEX('"
                    + HexFormat.of().formatHex(new PlateLookup(garage.plateKeys()).hash("AWAY1"))
                    + "')"))
        .isEqualTo(1);

    garage.startPortal();
    // The link's circuit may still be open after the failures: the order waits, then is
    // confirmed (purged once, confirmed with its recorded counts when the portal answers).
    int purged = 0;
    JsonNode back = controller.pollPurgeOrders();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (back.path("confirmed").asInt() < 1 && System.nanoTime() < deadline) {
      purged += back.path("purged").asInt();
      sleep(Duration.ofSeconds(1));
      back = controller.pollPurgeOrders();
    }
    purged += back.path("purged").asInt();
    assertThat(back.path("confirmed").asInt()).as(back.toString()).isEqualTo(1);
    assertThat(purged).as("carried out once").isEqualTo(1);
    assertThat(
            count(portalDb, "SELECT COUNT(*) FROM garage_purge_order WHERE confirmed_at IS NULL"))
        .isZero();
    assertThat(readPlates())
        .as("nothing more expired; holds still respected")
        .isEqualTo("AWAY1,HELDPL,HELDPL,HELDRD,NEW1");
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private void seedGarage() throws SQLException {
    read(expiredRead, "OLD1", expired);
    UUID old2 = read(UUID.randomUUID(), "OLD2", expired);
    read(heldRead, "HELDRD", expired);
    UUID heldPlateRead = UUID.randomUUID();
    read(heldPlateRead, "HELDPL", expired);
    expiredFrame = frame(expiredRead, expired);
    heldByReadFrame = frame(heldRead, expired);
    heldByPlateFrame = frame(heldPlateRead, expired);
    read(UUID.randomUUID(), "HELDPL", expired.plusSeconds(60));
    UUID heldSs = read(UUID.randomUUID(), "HELDSS", expired);
    read(UUID.randomUUID(), "NEW1", now.minus(Duration.ofDays(10)));
    session(paidSession, "OLD2", old2, 1200);
    session(heldSession, "HELDSS", heldSs, 800);
    sql(
        garageDb,
        "INSERT INTO payment (id, garage_id, session_id, plate_hash, plate_sealed, kind,"
            + " amount_minor, currency, method, reference, occurred_at) VALUES (?, ?, ?, ?, ?,"
            + " 'PAYMENT', 1200, 'USD', 'CARD', 'pay-old-1', ?)",
        UUID.randomUUID().toString(),
        G,
        paidSession.toString(),
        new PlateLookup(garage.plateKeys()).hash("OLD2"),
        new PlateCipher(garage.plateKeys()).seal("OLD2", "garage.payment.plate"),
        utc(expired));
  }

  /**
   * The frame a read came from: its image sealed on disk as the controller keeps it (POLICY K1,
   * {@code yyyy/MM/dd/<lane>/<frame id>.jpg} under the frames folder) and its row; answers the
   * file.
   */
  private Path frame(UUID read, Instant at) throws SQLException {
    UUID id = UUID.randomUUID();
    String relative =
        java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")
                .withZone(ZoneOffset.UTC)
                .format(at)
            + "/entry-1/"
            + id
            + ".jpg";
    Path file = garage.framesDir().resolve(relative);
    try {
      java.nio.file.Files.createDirectories(file.getParent());
      new FileSealer(garage.plateKeys()).write(file, jpeg, FRAME_CONTEXT);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    sql(
        garageDb,
        "INSERT INTO plate_frame (id, garage_id, lane_id, camera_id, source, path, sha256, bytes,"
            + " width, height, received_at) VALUES (?, ?, 'entry-1', ?, 'push', ?, ?, ?, 64, 32, ?)",
        id.toString(),
        G,
        GarageStack.ENTRY_CAMERA,
        relative,
        HexFormat.of().formatHex(sha256(jpeg)),
        jpeg.length,
        utc(at));
    sql(
        garageDb,
        "UPDATE plate_read SET frame_id = ? WHERE id = ?",
        id.toString(),
        read.toString());
    return file;
  }

  private static byte[] jpeg() {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(64, 32, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A read with its decision (the decision's id is the read's id with the last digit changed). */
  private UUID read(UUID id, String plate, Instant at) throws SQLException {
    sql(
        garageDb,
        "INSERT INTO plate_read (id, garage_id, lane_id, camera_id, plate_hash, plate_sealed,"
            + " raw_plate_sealed, confidence, source, captured_at, received_at)"
            + " VALUES (?, ?, 'entry-1', ?, ?, ?, ?, 0.9, 'test', ?, ?)",
        id.toString(),
        G,
        GarageStack.ENTRY_CAMERA,
        new PlateLookup(garage.plateKeys()).hash(plate),
        new PlateCipher(garage.plateKeys()).seal(plate, "garage.plate_read.plate"),
        new PlateCipher(garage.plateKeys()).seal(plate, "garage.plate_read.raw_plate"),
        utc(at),
        utc(at));
    UUID decision = UUID.randomUUID();
    sql(
        garageDb,
        "INSERT INTO access_decision (id, garage_id, lane_id, plate_read_id, plate_hash,"
            + " plate_sealed, outcome, rule, decided_at)"
            + " VALUES (?, ?, 'entry-1', ?, ?, ?, 'GRANTED', 'TEST', ?)",
        decision.toString(),
        G,
        id.toString(),
        new PlateLookup(garage.plateKeys()).hash(plate),
        new PlateCipher(garage.plateKeys()).seal(plate, "garage.access_decision.plate"),
        utc(at));
    return decision;
  }

  private void session(UUID id, String plate, UUID decision, long fee) throws SQLException {
    sql(
        garageDb,
        "INSERT INTO parking_session (id, garage_id, plate_hash, plate_sealed, entry_lane_id,"
            + " entry_decision_id, entered_at, exited_at, fee_minor, fee_currency)"
            + " VALUES (?, ?, ?, ?, 'entry-1', ?, ?, ?, ?, 'USD')",
        id.toString(),
        G,
        new PlateLookup(garage.plateKeys()).hash(plate),
        new PlateCipher(garage.plateKeys()).seal(plate, "garage.parking_session.plate"),
        decision.toString(),
        utc(expired.minus(Duration.ofHours(2))),
        utc(expired),
        fee);
  }

  private static LocalDateTime utc(Instant at) {
    return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private void sql(String database, String sql, Object... args) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                mariadb.jdbcUrl(database), mariadb.user(), mariadb.password());
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  private long count(String database, String sql) {
    return Long.parseLong(ids(database, sql).split(",")[0]);
  }

  /** The plates of the garage's reads (sealed, POLICY K1), opened, sorted, joined by commas. */
  private String readPlates() {
    PlateCipher cipher = new PlateCipher(garage.plateKeys());
    try (Connection c =
            DriverManager.getConnection(
                mariadb.jdbcUrl(garageDb), mariadb.user(), mariadb.password());
        PreparedStatement ps = c.prepareStatement("SELECT plate_sealed FROM plate_read");
        ResultSet rs = ps.executeQuery()) {
      List<String> plates = new java.util.ArrayList<>();
      while (rs.next()) {
        plates.add(cipher.open(rs.getBytes(1), "garage.plate_read.plate"));
      }
      return String.join(",", plates.stream().sorted().toList());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Each row's sealed plate (first column) opened, '-' when purged, followed by the second column;
   * sorted when the second column is empty, joined by commas (POLICY K1).
   */
  private String opened(String sql, String context) {
    PlateCipher cipher = new PlateCipher(garage.plateKeys());
    try (Connection c =
            DriverManager.getConnection(
                mariadb.jdbcUrl(garageDb), mariadb.user(), mariadb.password());
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      List<String> rows = new java.util.ArrayList<>();
      while (rs.next()) {
        String plate = cipher.openNullable(rs.getBytes(1), context);
        rows.add((plate == null ? "-" : plate) + rs.getString(2));
      }
      boolean sort = rows.stream().noneMatch(r -> r.contains(":"));
      return String.join(",", sort ? rows.stream().sorted().toList() : rows);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row, joined by commas. */
  private String ids(String database, String sql) {
    try (Connection c =
            DriverManager.getConnection(
                mariadb.jdbcUrl(database), mariadb.user(), mariadb.password());
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      StringBuilder b = new StringBuilder();
      while (rs.next()) {
        b.append(b.length() == 0 ? "" : ",").append(rs.getString(1));
      }
      return b.toString();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, String> externalDb(String database) {
    return Map.of(
        "parcs.db.embedded", "false",
        "parcs.db.url", mariadb.jdbcUrl(database),
        "parcs.db.user", mariadb.user(),
        "parcs.db.password", mariadb.password());
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
