package org.openparcs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.bridge.sim.SimulatedVehicle;
import org.openparcs.db.EmbeddedMariaDb;
import org.openparcs.identity.RotateKeyCommand;

/**
 * The whole garage as it runs in production and in the demo: the controller and the portal in their
 * own JVMs on a real MariaDB, the lane I/O modules on Modbus TCP, the entry's card reader and both
 * lanes' displays on OSDP over TCP, cameras pushing over HTTPS in each format (Hikvision ISAPI ANPR
 * at the entry, the Plate Recognizer webhook and JPEG frames at the exit), visitors admitted by
 * plate and charged at the exit. Has two drills: the portal stopped under traffic and started
 * again, then the portal away for a simulated day of reads under traffic: every event arrives
 * exactly once, in the garage's order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GarageEndToEndIT {

  private static final String TOKEN = "e2e-garage-token-0123456789";
  private static final String EXPIRED = "4EXP001";
  private final EmbeddedMariaDb mariadb = EmbeddedMariaDb.shared();
  private final String garageDb = "e2e_garage_" + System.nanoTime() % 100_000;
  private static final Path LOGS = Path.of("target", "e2e-logs").toAbsolutePath();
  private final String portalDb = "e2e_portal_" + System.nanoTime() % 100_000;
  private GarageStack garage;
  private ControllerClient controller;

  @BeforeAll
  void startGarage() {
    mariadb.createDatabase(garageDb);
    mariadb.createDatabase(portalDb);
    GarageStack.Databases external =
        new GarageStack.Databases() {
          @Override
          public Map<String, String> controller() {
            return externalDb(garageDb);
          }

          @Override
          public Map<String, String> portal() {
            return externalDb(portalDb);
          }
        };
    garage =
        new GarageStack(
            LOGS,
            external,
            freePort(),
            freePort(),
            0,
            0,
            TOKEN,
            Map.of(
                "parcs.portal.bootstrap-admin.username", "coordinator",
                "parcs.portal.bootstrap-admin.password", "e2e-Password-1"));
    garage.startPortal();
    // As in the demo: visitors enter by plate and pay at the exit (issue 6).
    garage.controllerSetting("parcs.visitors.admitted", "true");
    garage.startController();
    controller = garage.controllerClient();
    controller.publishTariff(VehicleStream.tariffJson());
    Instant now = Instant.now();
    for (String lapsed : new String[] {EXPIRED, "ROTATE1"}) {
      controller.registerPermit(
          lapsed,
          "Former Tenant",
          "PERMIT",
          now.minus(90, ChronoUnit.DAYS),
          now.minus(1, ChronoUnit.DAYS));
    }
    VehicleStream.Holder card = VehicleStream.CARD_HOLDER;
    controller.registerPermit(
        card.plate(),
        card.name(),
        card.kind(),
        now.minus(1, ChronoUnit.DAYS),
        now.plus(30, ChronoUnit.DAYS),
        card.card());
    controller.registerPermit(
        "7ABC123",
        "Ana Ruiz",
        "MONTHLY",
        now.minus(1, ChronoUnit.DAYS),
        now.plus(30, ChronoUnit.DAYS));
    for (int i = 0; i < 6; i++) {
      controller.registerPermit(
          "DRILL" + i,
          "Drill " + i,
          "PERMIT",
          now.minus(1, ChronoUnit.DAYS),
          now.plus(30, ChronoUnit.DAYS));
    }
  }

  @AfterAll
  void stopGarage() {
    if (garage != null) {
      garage.close();
    }
  }

  @Test
  @Order(0)
  void noSecretShowsInTheProcessListAndTheSettingsFileIsTheOwnersOnly() throws Exception {
    Process ps = new ProcessBuilder("ps", "-efww").redirectErrorStream(true).start();
    String list = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    ps.waitFor();

    assertThat(list)
        .as("both services are in the list")
        .contains("org.openparcs.portal.PortalApplication")
        .contains("org.openparcs.controller.ControllerApplication");
    java.util.List<String> secrets = new java.util.ArrayList<>(garage.identities().secrets());
    secrets.add(TOKEN);
    secrets.add("e2e-Password-1");
    // The plate keys (POLICY K1) of both services.
    secrets.add(garage.plateKeys().dataKeysSetting());
    secrets.add(garage.plateKeys().lookupKeysSetting());
    Map<String, String> portalKeys =
        DemoPlateKeys.in(LOGS.resolve("portal-plate-keys.properties")).settings();
    secrets.add(portalKeys.get("parcs.protection.data-keys"));
    secrets.add(portalKeys.get("parcs.protection.lookup-keys"));
    for (String secret : secrets) {
      assertThat(list).as("ps -ef shows no secret").doesNotContain(secret);
    }
    for (ServiceProcess service : java.util.List.of(garage.portal(), garage.controller())) {
      Path settings =
          service
              .log()
              .resolveSibling(
                  service.log().getFileName().toString().replace(".log", ".properties"));
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings)))
          .isEqualTo("rw-------");
      assertThat(Files.readString(settings)).contains(TOKEN);
    }
    Path controllerSettings = LOGS.resolve("controller.properties");
    java.util.Properties written = new java.util.Properties();
    try (var in = Files.newBufferedReader(controllerSettings, StandardCharsets.ISO_8859_1)) {
      written.load(in);
    }
    assertThat(written.getProperty("parcs.protection.data-keys"))
        .as("the plate keys are in the owner-only settings file, not the environment")
        .isEqualTo(garage.plateKeys().dataKeysSetting());
  }

  @Test
  @Order(1)
  void aPermitHolderEntersAndLeavesAndThePortalHearsOfIt() throws Exception {
    int entryPulses = garage.entryLane().openPulses();
    assertThat(drive(garage.entryLane(), GarageStack.ENTRY_CAMERA, "7ABC123"))
        .isEqualTo(SimulatedVehicle.Outcome.PASSED);
    assertThat(garage.entryLane().openPulses() - entryPulses).as("DO0 pulsed once").isEqualTo(1);
    await(
        "the vehicle is counted in and its session opens",
        Duration.ofSeconds(10),
        () ->
            count(
                    garageDb,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                        + garageLookup("7ABC123")
                        + " AND exited_at IS NULL")
                == 1);

    int exitPulses = garage.exitLane().openPulses();
    assertThat(drive(garage.exitLane(), GarageStack.EXIT_CAMERA, "7ABC123"))
        .isEqualTo(SimulatedVehicle.Outcome.PASSED);
    assertThat(garage.exitLane().openPulses() - exitPulses).isEqualTo(1);
    await(
        "the vehicle is counted out and its session closes",
        Duration.ofSeconds(10),
        () ->
            count(
                    garageDb,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                        + garageLookup("7ABC123")
                        + " AND exited_at IS NOT NULL")
                == 1);

    awaitAllDelivered();
    assertThat(
            count(
                portalDb,
                "SELECT COUNT(*) FROM received_event WHERE event_type='session_opened' AND plate_hash=UNHEX('"
                    + plateHash("7ABC123")
                    + "')"))
        .isEqualTo(1);
    assertThat(
            count(
                portalDb,
                "SELECT COUNT(*) FROM received_event WHERE event_type='session_closed' AND plate_hash=UNHEX('"
                    + plateHash("7ABC123")
                    + "')"))
        .isEqualTo(1);
    assertThat(
            count(
                portalDb,
                "SELECT COUNT(*) FROM received_event WHERE event_type='gate_event' AND JSON_VALUE(payload,'$.type')='ARM_UP'"))
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  @Order(2)
  void anExpiredPermitIsDeniedWithoutAPulseTheDenialIsStoredAndTheDisplaySaysSeeTheAttendant()
      throws Exception {
    await(
        "the idle entry display welcomes",
        Duration.ofSeconds(10),
        () -> garage.devices().entryDisplay().shown().startsWith("WELCOME"));
    int pulses = garage.entryLane().openPulses();
    assertThat(drive(garage.entryLane(), GarageStack.ENTRY_CAMERA, EXPIRED))
        .isEqualTo(SimulatedVehicle.Outcome.TURNED_AWAY);
    assertThat(garage.entryLane().openPulses()).isEqualTo(pulses);
    assertThat(
            count(
                garageDb,
                "SELECT COUNT(*) FROM access_decision WHERE plate_hash="
                    + garageLookup(EXPIRED)
                    + " AND outcome='DENIED' AND reason='PERMIT_EXPIRED'"))
        .isEqualTo(1);
    await(
        "the entry display sends the driver to the attendant",
        Duration.ofSeconds(10),
        () -> garage.devices().entryDisplay().shown().startsWith("PLEASE SEE ATTENDANT"));
  }

  @Test
  @Order(3)
  void aReadWithNoVehicleOnTheArmingLoopOpensNothing() {
    int pulses = garage.entryLane().openPulses();
    ControllerClient.PushResult r = controller.push(GarageStack.ENTRY_CAMERA, "DRILL5", 0.95);
    assertThat(r.decision()).isEqualTo("GRANTED");
    assertThat(r.gate()).isEqualTo("NO_VEHICLE");
    assertThat(garage.entryLane().openPulses()).isEqualTo(pulses);
  }

  @Test
  @Order(4)
  void thePortalStoppedUnderTrafficAndStartedAgainReceivesEveryEventExactlyOnce() throws Exception {
    garage.stopPortal();
    for (int i = 0; i < 5; i++) {
      assertThat(drive(garage.entryLane(), GarageStack.ENTRY_CAMERA, "DRILL" + i))
          .as("the garage keeps working while the portal is away")
          .isEqualTo(SimulatedVehicle.Outcome.PASSED);
    }
    await(
        "every drill vehicle is counted in",
        Duration.ofSeconds(10),
        () ->
            count(
                    garageDb,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash IN ("
                        + java.util.stream.IntStream.range(0, 5)
                            .mapToObj(i -> garageLookup("DRILL" + i))
                            .collect(java.util.stream.Collectors.joining(","))
                        + ") AND exited_at IS NULL")
                == 5);
    assertThat(controller.reporting().path("linkUp").asBoolean()).isFalse();
    assertThat(controller.reporting().path("backlog").asLong()).isPositive();

    garage.startPortal();
    awaitAllDelivered();

    Set<String> sent = ids(garageDb, "SELECT event_id FROM outbox");
    Set<String> received = ids(portalDb, "SELECT event_id FROM received_event");
    assertThat(received).isEqualTo(sent);
    assertThat(count(portalDb, "SELECT COUNT(*) FROM received_event")).isEqualTo(sent.size());
    assertThat(
            count(
                portalDb,
                "SELECT COUNT(*) FROM received_event WHERE event_type='session_opened' AND plate_hash IN ("
                    + java.util.stream.IntStream.range(0, 6)
                        .mapToObj(i -> "UNHEX('" + plateHash("DRILL" + i) + "')")
                        .collect(java.util.stream.Collectors.joining(","))
                    + ")"))
        .isEqualTo(5);
  }

  @Test
  @Order(5)
  void aSimulatedDayWithoutThePortalUnderTrafficArrivesOnceAndInOrder() throws Exception {
    garage.stopPortal();
    for (int i = 0; i < 5; i++) {
      assertThat(drive(garage.exitLane(), GarageStack.EXIT_CAMERA, "DRILL" + i))
          .as("vehicles keep leaving while the portal is away")
          .isEqualTo(SimulatedVehicle.Outcome.PASSED);
    }
    int dayOfReads = 17_280; // one read every 5 s for 24 h, a busy garage's day
    insertDayOfReads(dayOfReads);
    await(
        "the relay's circuit breaker opens",
        Duration.ofSeconds(90),
        () -> "OPEN".equals(controller.reporting().path("circuit").asText()));
    assertThat(controller.reporting().path("backlog").asLong()).isGreaterThan(dayOfReads);

    garage.startPortal();
    awaitAllDelivered(Duration.ofSeconds(300));

    Set<String> sent = ids(garageDb, "SELECT CONCAT(event_id, '#', seq) FROM outbox");
    Set<String> received =
        ids(portalDb, "SELECT CONCAT(event_id, '#', garage_seq) FROM received_event");
    assertThat(received).as("every event once, with its garage seq").isEqualTo(sent);
    assertThat(count(portalDb, "SELECT COUNT(*) FROM received_event")).isEqualTo(sent.size());
    assertThat(count(portalDb, "SELECT events_received FROM garage")).isEqualTo(sent.size());
    assertThat(count(portalDb, "SELECT last_seq FROM garage"))
        .isEqualTo(count(garageDb, "SELECT MAX(seq) FROM outbox"));
    assertThat(count(portalDb, "SELECT reported_backlog FROM garage"))
        .as("the garage reported its backlog drained (new lane events may still follow)")
        .isLessThan(100);
  }

  /**
   * A day of plate reads the garage recorded while the portal was away, straight into the outbox.
   */
  @Test
  @Order(6)
  void theGarageRotatesItsKeyWhileRunningAndTheOldKeyIsRevoked() throws Exception {
    new RotateKeyCommand(
            garage.portal().base(), GarageStack.GARAGE_ID, garage.identities().clientTls())
        .rotate(garage.identities().garageKeyFile(), "garage-1-key-2");

    assertThat(drive(garage.entryLane(), GarageStack.ENTRY_CAMERA, "ROTATE1"))
        .as("an expired permit")
        .isEqualTo(SimulatedVehicle.Outcome.TURNED_AWAY);
    awaitAllDelivered();
    assertThat(
            count(
                portalDb,
                "SELECT COUNT(*) FROM garage_key WHERE key_id='garage-1-key-1'"
                    + " AND revoked_at IS NOT NULL"))
        .isEqualTo(1);
    assertThat(
            count(
                portalDb,
                "SELECT COUNT(*) FROM garage_key WHERE key_id='garage-1-key-2'"
                    + " AND revoked_at IS NULL"))
        .isEqualTo(1);
    assertThat(
            count(
                portalDb,
                "SELECT COUNT(*) FROM received_event WHERE plate_hash=UNHEX('"
                    + plateHash("ROTATE1")
                    + "') AND event_type='plate_read'"))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  @Order(7)
  void eachKindOfCameraProducesADecision() throws Exception {
    controller.registerPermit(
        "6KND606",
        "Camera Kinds",
        "PERMIT",
        Instant.now().minus(1, ChronoUnit.DAYS),
        Instant.now().plus(30, ChronoUnit.DAYS));
    assertThat(drive(garage.entryLane(), GarageStack.ENTRY_CAMERA, "6KND606"))
        .as("the Hikvision ANPR camera's read opens the entry")
        .isEqualTo(SimulatedVehicle.Outcome.PASSED);
    awaitSession("6KND606", false);

    SimulatedVehicle leaving = new SimulatedVehicle(garage.exitLane(), Duration.ofMillis(100));
    leaving.arrive();
    int pulses = garage.exitLane().openPulses();
    PlateScene scene = new PlateScene(7);
    ControllerClient.PushResult framed =
        controller.pushFrames(
            GarageStack.EXIT_FRAME_CAMERA,
            "exit-1",
            List.of(scene.frame("6KND606"), scene.frame("6KND606")),
            Duration.ofSeconds(20));
    assertThat(framed.decision()).as(framed.body()).isEqualTo("GRANTED");
    await(
        "the frames read by the controller open the exit",
        Duration.ofSeconds(10),
        () -> garage.exitLane().openPulses() > pulses);
    assertThat(leaving.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    awaitSession("6KND606", true);

    assertThat(decidedReads(GarageStack.ENTRY_CAMERA, "hikvision-isapi", "6KND606")).isEqualTo(1);
    assertThat(decidedReads(GarageStack.EXIT_FRAME_CAMERA, "frames", "6KND606")).isEqualTo(1);
    assertThat(decidedReads(GarageStack.EXIT_CAMERA, "platerecognizer", "7ABC123"))
        .as("the Plate Recognizer camera's read opened the exit (first test)")
        .isEqualTo(1);
    assertThat(
            count(
                garageDb,
                "SELECT COUNT(*) FROM plate_read r JOIN plate_frame f ON f.id = r.frame_id"
                    + " WHERE r.plate_hash="
                    + garageLookup("6KND606")
                    + " AND r.camera_id='"
                    + GarageStack.ENTRY_CAMERA
                    + "'"))
        .as("the Hikvision push's picture is kept with its read")
        .isEqualTo(1);
  }

  @Test
  @Order(8)
  void theExitDisplayShowsWhatAVisitorOwesWhoPaysAndLeaves() throws Exception {
    String visitor = "9VIS321";
    assertThat(drive(garage.entryLane(), GarageStack.ENTRY_CAMERA, visitor))
        .as("a visitor enters by plate")
        .isEqualTo(SimulatedVehicle.Outcome.PASSED);
    awaitSession(visitor, false);
    await(
        "the stay owes money",
        Duration.ofSeconds(10),
        () -> controller.quote(visitor).path("amount").asLong() > 0);

    SimulatedVehicle atExit = new SimulatedVehicle(garage.exitLane(), Duration.ofMillis(100));
    atExit.arrive();
    ControllerClient.PushResult held = controller.push(GarageStack.EXIT_CAMERA, visitor, 0.95);
    assertThat(held.vended()).as(held.body()).isFalse();
    assertThat(held.body()).contains("PAYMENT_DUE");
    await(
        "the exit display shows the amount due",
        Duration.ofSeconds(10),
        () -> garage.devices().exitDisplay().shown().matches("AMOUNT DUE / USD [0-9]+\\.[0-9]{2}"));
    var quote = controller.quote(visitor);
    String shown = garage.devices().exitDisplay().lines().get(1);
    assertThat(Long.parseLong(shown.substring(4).replace(".", "")))
        .as("the display shows the quote's amount")
        .isEqualTo(quote.path("amount").asLong());
    atExit.backAway();

    assertThat(
            controller.pay(
                "e2e-exit-" + visitor,
                quote.path("sessionId").asText(),
                quote.path("amount").asLong(),
                quote.path("currency").asText(),
                "exit-1"))
        .isBetween(200, 299);
    assertThat(drive(garage.exitLane(), GarageStack.EXIT_CAMERA, visitor))
        .as("paid, the visitor leaves")
        .isEqualTo(SimulatedVehicle.Outcome.PASSED);
    awaitSession(visitor, true);
  }

  @Test
  @Order(9)
  void aCardAtTheEntryReaderAdmitsAPermitHolderWhosePlateWasNotRead() throws Exception {
    VehicleStream.Holder holder = VehicleStream.CARD_HOLDER;
    await(
        "the entry's OSDP card reader is online",
        Duration.ofSeconds(10),
        () -> online(DemoLaneDevices.ENTRY_READER));
    SimulatedVehicle car = new SimulatedVehicle(garage.entryLane(), Duration.ofMillis(100));
    car.arrive();
    int pulses = garage.entryLane().openPulses();
    ControllerClient.PushResult noRead = controller.pushHikvisionNoPlate(GarageStack.ENTRY_CAMERA);
    assertThat(noRead.status()).as(noRead.body()).isEqualTo(202);

    String[] card = holder.card().split(":");
    garage
        .devices()
        .entryReader()
        .presentWiegand(Integer.parseInt(card[0]), Integer.parseInt(card[1]));

    await(
        "the barrier opens for the card",
        Duration.ofSeconds(10),
        () -> garage.entryLane().openPulses() == pulses + 1);
    assertThat(car.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    assertThat(
            count(
                garageDb,
                "SELECT COUNT(*) FROM access_decision d JOIN card_read c ON c.decision_id = d.id"
                    + " WHERE d.plate_hash="
                    + garageLookup(holder.plate())
                    + " AND d.plate_read_id IS NULL AND d.rule='CARD_VALID_PERMIT'"
                    + " AND c.card_number='"
                    + holder.card()
                    + "' AND c.reader_id='"
                    + DemoLaneDevices.ENTRY_READER
                    + "'"))
        .as("the decision answers the card read, with no plate read")
        .isEqualTo(1);
    assertThat(
            count(
                garageDb,
                "SELECT COUNT(*) FROM plate_read WHERE plate_hash=" + garageLookup(holder.plate())))
        .isZero();
    awaitSession(holder.plate(), false);
  }

  private boolean online(String device) {
    for (var d : controller.laneDevices()) {
      if (device.equals(d.path("id").asText())) {
        return "ONLINE".equals(d.path("status").asText());
      }
    }
    return false;
  }

  /**
   * Reads from {@code camera} in {@code source} format of {@code plate} that a decision answers.
   */
  private long decidedReads(String camera, String source, String plate) {
    return count(
        garageDb,
        "SELECT COUNT(DISTINCT r.id) FROM plate_read r JOIN access_decision d"
            + " ON d.plate_read_id = r.id WHERE r.camera_id='"
            + camera
            + "' AND r.source='"
            + source
            + "' AND r.plate_hash="
            + garageLookup(plate));
  }

  private void awaitSession(String plate, boolean closed) {
    await(
        plate + (closed ? " is counted out" : " is counted in"),
        Duration.ofSeconds(10),
        () ->
            count(
                    garageDb,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                        + garageLookup(plate)
                        + " AND exited_at IS "
                        + (closed ? "NOT NULL" : "NULL"))
                >= 1);
  }

  /** Plate reads are sealed at the garage (POLICY K1): found by the garage's lookup hash. */
  private String garageLookup(String plate) {
    return "UNHEX('"
        + java.util.HexFormat.of()
            .formatHex(new org.openparcs.protection.PlateLookup(garage.plateKeys()).hash(plate))
        + "')";
  }

  /** Plates are sealed at the portal (POLICY K1): the drill finds them by their lookup hash. */
  private static String plateHash(String plate) {
    return DemoPlateKeys.in(LOGS.resolve("portal-plate-keys.properties")).lookupHex(plate);
  }

  @Test
  @Order(10)
  void aGarageRestoredFromABackupReportsItThePortalAuditsItAndReportingGoesOn() throws Exception {
    awaitAllDelivered();
    Path backups = Path.of("target", "e2e-backups").toAbsolutePath();
    Path journal = Files.createTempDirectory("e2e-journal-");
    // As ./parcs runs it: its own JVM, the secrets in its environment.
    Map<String, String> env = new java.util.HashMap<>();
    env.put("PARCS_DB_EMBEDDED", "false");
    env.put("PARCS_DB_URL", mariadb.jdbcUrl(garageDb));
    env.put("PARCS_DB_USER", mariadb.user());
    env.put("PARCS_DB_PASSWORD", mariadb.password() == null ? "" : mariadb.password());
    env.put(
        "PARCS_BACKUP_KEYS",
        "e2e:" + java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'E'));
    env.put("PARCS_BACKUP_JOURNAL_DIR", journal.toString());
    env.put(
        "PARCS_BACKUP_IMAGES_DIR",
        Path.of("target", "e2e-logs")
            .toAbsolutePath()
            .resolveSibling("controller-frames")
            .toString());
    env.put("PARCS_BACKUP_CLIENT_BIN", mariadb.binaries().toString());
    env.put("PARCS_BACKUP_CLIENT_OPTIONS", "--skip-ssl");
    // The controller's plate keys (POLICY K1), which the restore's replay finds held plates with.
    org.openparcs.protection.PlateKeys keys = garage.plateKeys();
    env.put("PARCS_PROTECTION_DATA_KEYS", keys.dataKeysSetting());
    env.put("PARCS_PROTECTION_CURRENT_DATA_KEY", keys.currentDataKeyId());
    env.put("PARCS_PROTECTION_LOOKUP_KEYS", keys.lookupKeysSetting());
    env.put("PARCS_PROTECTION_CURRENT_LOOKUP_KEY", keys.currentLookupKeyId());
    assertThat(garageCommand(env, "backup", "--to", backups.toString())).contains("written to");
    Path backup;
    try (var files = Files.list(backups)) {
      backup = files.filter(f -> f.toString().endsWith(".pbk")).max(Path::compareTo).orElseThrow();
    }
    // A visitor (admitted by plate, issue 6) after the backup: reported, then undone by the
    // restore.
    assertThat(drive(garage.entryLane(), GarageStack.ENTRY_CAMERA, "AFTERBK1"))
        .isEqualTo(SimulatedVehicle.Outcome.PASSED);
    awaitAllDelivered();

    garage.stopController();
    assertThat(garageCommand(env, "restore", "--from", backup.toString()))
        .contains("Restored the garage from " + backup.getFileName());
    garage.startController();
    controller = garage.controllerClient();

    await(
        "the portal audits the garage's restore",
        Duration.ofSeconds(60),
        () ->
            portalAuditDetails("GARAGE_BACKUP_RESTORED").stream()
                    .filter(
                        d ->
                            d.startsWith(
                                    "R1 garage garage-1 restored backup "
                                        + backup.getFileName()
                                        + " taken at ")
                                && d.contains(", 0 purge/hold decision(s) re-applied"))
                    .count()
                == 1);
    // Numbered past what the garage reported before the restore: the portal takes what follows.
    assertThat(drive(garage.entryLane(), GarageStack.ENTRY_CAMERA, "AFTERRS1"))
        .isEqualTo(SimulatedVehicle.Outcome.PASSED);
    awaitAllDelivered();
    assertThat(
            count(
                portalDb,
                "SELECT COUNT(*) FROM received_event WHERE plate_hash = UNHEX('"
                    + plateHash("AFTERRS1")
                    + "') AND event_type = 'plate_read'"))
        .isEqualTo(1);
  }

  /** {@code ./parcs backup|restore garage ...} as the script runs it; its output, or a failure. */
  private static String garageCommand(Map<String, String> env, String... args) throws Exception {
    java.util.List<String> command =
        new java.util.ArrayList<>(
            java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                ModuleClasspath.of(ModuleClasspath.repositoryRoot().resolve("controller")),
                "org.openparcs.controller.backup.infrastructure.GarageBackup"));
    command.addAll(java.util.List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }

  private void insertDayOfReads(int reads) throws SQLException {
    Instant start = Instant.now().minus(Duration.ofDays(1));
    try (Connection c =
            DriverManager.getConnection(
                mariadb.jdbcUrl(garageDb), mariadb.user(), mariadb.password());
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO outbox (event_id, event_type, occurred_at, payload)"
                    + " VALUES (?, 'plate_read', ?, ?)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < reads; i++) {
        Instant at = start.plusSeconds(5L * i);
        ps.setString(1, java.util.UUID.randomUUID().toString());
        ps.setObject(2, java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
        ps.setString(
            3,
            "{\"lane\":\"entry-1\",\"camera\":\"cam-entry-1\",\"plate\":\"DAY%05d\",\"confidence\":0.9}"
                .formatted(i));
        ps.addBatch();
        if (i % 1000 == 999) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
      c.commit();
    }
  }

  private SimulatedVehicle.Outcome drive(SimulatedLane lane, String camera, String plate)
      throws InterruptedException {
    // The lane knows a vehicle by its arrival on the arming loop, seen by the monitor's 50 ms
    // polls: the next car comes some polls after the last one left, as real cars do (else its
    // read would count for the vehicle already decided).
    Thread.sleep(200);
    SimulatedVehicle vehicle = new SimulatedVehicle(lane, Duration.ofMillis(100));
    vehicle.arrive();
    ControllerClient.PushResult r = controller.push(camera, plate, 0.93);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    if (!r.vended()) {
      vehicle.backAway();
      return SimulatedVehicle.Outcome.TURNED_AWAY;
    }
    return vehicle.proceed(Duration.ofSeconds(5));
  }

  private void awaitAllDelivered() {
    awaitAllDelivered(Duration.ofSeconds(60));
  }

  private void awaitAllDelivered(Duration limit) {
    await(
        "the outbox is delivered",
        limit,
        () -> {
          var r = controller.reporting();
          return r.path("backlog").asLong() == 0 && r.path("linkUp").asBoolean();
        });
  }

  private Map<String, String> externalDb(String database) {
    return Map.of(
        "parcs.db.embedded", "false",
        "parcs.db.url", mariadb.jdbcUrl(database),
        "parcs.db.user", mariadb.user(),
        "parcs.db.password", mariadb.password());
  }

  /** The portal's audit details of {@code action}, opened with its keys (sealed at rest, K1). */
  private List<String> portalAuditDetails(String action) {
    org.openparcs.protection.PlateCipher cipher =
        new org.openparcs.protection.PlateCipher(
            DemoPlateKeys.in(LOGS.resolve("portal-plate-keys.properties")).ring());
    List<String> out = new ArrayList<>();
    try (Connection c =
            DriverManager.getConnection(
                mariadb.jdbcUrl(portalDb), mariadb.user(), mariadb.password());
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT r.detail, d.sealed FROM audit_record r LEFT JOIN audit_detail d"
                    + " ON d.record_id = r.id WHERE r.action = ?")) {
      ps.setString(1, action);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byte[] sealed = rs.getBytes(2);
          String opened = sealed == null ? null : cipher.open(sealed, "portal.audit_detail");
          out.add(sealed == null ? rs.getString(1) : opened.substring(opened.indexOf(':') + 1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private long count(String database, String sql) {
    try (Connection c =
            DriverManager.getConnection(
                mariadb.jdbcUrl(database), mariadb.user(), mariadb.password());
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Set<String> ids(String database, String sql) {
    try (Connection c =
            DriverManager.getConnection(
                mariadb.jdbcUrl(database), mariadb.user(), mariadb.password());
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      Set<String> ids = new HashSet<>();
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(String what, Duration limit, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
