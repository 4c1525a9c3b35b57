package org.openparcs.controller.lane.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.await;
import static org.openparcs.controller.GarageTestSupport.count;
import static org.openparcs.controller.GarageTestSupport.plateHash;
import static org.openparcs.controller.GarageTestSupport.post;
import static org.openparcs.controller.GarageTestSupport.string;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.OsdpPeripheralServer;
import org.openparcs.bridge.sim.SimulatedCardReader;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.bridge.sim.SimulatedLaneDisplay;
import org.openparcs.bridge.sim.SimulatedOsdpPeripheral.ReplyFault;
import org.openparcs.bridge.sim.SimulatedVehicle;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.RevenueTestData;
import org.openparcs.db.DatabaseFactory.PooledDatabase;

/**
 * OSDP card readers and displays at the lanes: the controller's Netty sessions against simulated
 * peripherals on loopback TCP, the lanes' I/O modules on Modbus TCP, the embedded MariaDB.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaneDevicesIT implements TestPropertyProvider {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final IoModuleSimulator entry =
      IoModuleSimulator.start(SimulatedLane.standard("entry"), 0);
  private final IoModuleSimulator exit = IoModuleSimulator.start(SimulatedLane.standard("exit"), 0);
  private final SimulatedCardReader reader = new SimulatedCardReader("reader-entry-1", 1);
  private final SimulatedLaneDisplay entryDisplay =
      new SimulatedLaneDisplay("display-entry-1", 2, 2);
  private final OsdpPeripheralServer readerServer = OsdpPeripheralServer.start(reader, 0);
  private final OsdpPeripheralServer displayServer = OsdpPeripheralServer.start(entryDisplay, 0);
  private final SimulatedLaneDisplay exitDisplay = new SimulatedLaneDisplay("display-exit-1", 3, 2);
  private final OsdpPeripheralServer exitDisplayServer = OsdpPeripheralServer.start(exitDisplay, 0);

  @Inject EmbeddedServer server;
  @Inject org.openparcs.controller.garage.model.GarageLayout garageLayout;
  @Inject org.openparcs.controller.operator.application.OperatorSessions operatorSessions;
  @Inject PooledDatabase database;
  @Inject org.openparcs.controller.operator.web.ConsoleStream consoleStream;

  private URI base;
  private DataSource db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>();
    p.putAll(GarageTestSupport.lane("entry-1", "ENTRY", entry, "cam-entry-1"));
    p.putAll(GarageTestSupport.lane("exit-1", "EXIT", exit, "cam-exit-1"));
    p.putAll(device("reader-entry-1", "entry-1", "CARD_READER", readerServer.port(), 1));
    p.putAll(device("display-entry-1", "entry-1", "DISPLAY", displayServer.port(), 2));
    p.putAll(device("display-exit-1", "exit-1", "DISPLAY", exitDisplayServer.port(), 3));
    return p;
  }

  private static Map<String, String> device(
      String id, String lane, String kind, int port, int address) {
    String prefix = "parcs.lane-devices." + id + ".";
    return Map.of(
        prefix + "lane",
        lane,
        prefix + "kind",
        kind,
        prefix + "host",
        "127.0.0.1",
        prefix + "port",
        String.valueOf(port),
        prefix + "address",
        String.valueOf(address),
        prefix + "reply-timeout",
        "150ms");
  }

  @BeforeEach
  void connect() {
    base = server.getURI();
    db = database.raw();
    await(
        "the reader is online",
        WAIT,
        () ->
            GarageTestSupport.get(base, "/api/lane-devices")
                .body()
                .contains(
                    "\"id\":\"reader-entry-1\",\"lane\":\"entry-1\",\"kind\":\"CARD_READER\",\"status\":\"ONLINE\""));
  }

  @AfterAll
  void stopDevices() {
    readerServer.close();
    displayServer.close();
    exitDisplayServer.close();
    entry.close();
    exit.close();
  }

  @Test
  void aCardAdmitsAPermitHolderWhosePlateWasNotRead() throws Exception {
    HttpResponse<String> permit = registerPermit("4CARD44", "12:34567");
    assertThat(permit.statusCode()).isEqualTo(201);
    assertThat(permit.body()).contains("\"cardNumber\":\"12:34567\"");
    int pulses = entry.lane().openPulses();
    SimulatedVehicle car = new SimulatedVehicle(entry.lane(), Duration.ofMillis(100));
    car.arrive();

    reader.presentWiegand(12, 34567);

    await("the barrier opens for the card", WAIT, () -> entry.lane().openPulses() == pulses + 1);
    assertThat(
            string(
                db,
                "SELECT rule FROM access_decision WHERE plate_hash=" + plateHash("4CARD44") + ""))
        .isEqualTo("CARD_VALID_PERMIT");
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM access_decision d JOIN card_read c ON c.decision_id = d.id"
                    + " WHERE d.plate_hash="
                    + plateHash("4CARD44")
                    + " AND d.plate_read_id IS NULL"
                    + " AND c.card_number='12:34567' AND c.reader_id='reader-entry-1'"))
        .as("the decision answers the card read")
        .isEqualTo(1);
    assertThat(car.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    await(
        "the card holder's session opens under the permit's plate",
        WAIT,
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                        + plateHash("4CARD44")
                        + " AND exited_at IS NULL")
                == 1);
    await("the display greets", WAIT, () -> entryDisplay.shown().startsWith("WELCOME"));
  }

  @Test
  void theExitDisplayShowsWhatTheStayStillOwes() throws Exception {
    await("the exit display is idle", WAIT, () -> exitDisplay.shown().startsWith("EXIT"));
    HttpResponse<String> tariff =
        post(
            base,
            "/api/tariffs",
            "application/json",
            RevenueTestData.tariffJson(
                "devices-" + System.nanoTime(), Instant.now().minus(30, ChronoUnit.DAYS)));
    assertThat(tariff.statusCode()).as(tariff.body()).isEqualTo(201);
    RevenueTestData.visitorInside(
        db,
        "garage-1",
        "entry-1",
        "cam-entry-1",
        "9DUE999",
        Instant.now().minus(50, ChronoUnit.MINUTES));
    SimulatedVehicle leaving = new SimulatedVehicle(exit.lane(), Duration.ofMillis(100));
    leaving.arrive();

    HttpResponse<String> r =
        post(
            base,
            GarageTestSupport.pushPath("cam-exit-1"),
            "application/json",
            GarageTestSupport.plateRecognizerPush("cam-exit-1", "9DUE999", 0.93));

    // Held until paid when the garage admits visitors (PAYMENT_DUE), let out otherwise: either
    // way the display shows what the stay still owes.
    assertThat(r.body()).contains("\"lane\":\"exit-1\"", "\"plate\":\"9DUE999\"");
    String due = GarageTestSupport.get(base, "/api/quotes?plate=9DUE999").body();
    await(
        "the exit display shows the amount due",
        WAIT,
        () -> exitDisplay.shown().matches("AMOUNT DUE / USD [0-9]+\\.[0-9]{2}"));
    String amount = exitDisplay.lines().get(1).substring(4).replace(".", "");
    assertThat(due)
        .as("the display shows the quote's amount due")
        .contains("\"amount\":" + Integer.parseInt(amount));
    if (r.body().contains("\"gate\":\"VENDED\"")) {
      leaving.proceed(Duration.ofSeconds(5));
    } else {
      leaving.backAway();
    }
  }

  @Test
  void aCardWithNoVehicleOnTheLoopOpensNothing() {
    registerPermit("5CARD55", "12:5555");
    int pulses = entry.lane().openPulses();

    reader.presentWiegand(12, 5555);

    await(
        "the grant is refused at the lane for want of a vehicle",
        WAIT,
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM gate_event g JOIN access_decision d ON g.decision_id = d.id"
                        + " WHERE d.plate_hash="
                        + plateHash("5CARD55")
                        + " AND g.type='VEND_REFUSED_NO_VEHICLE'")
                == 1);
    assertThat(entry.lane().openPulses()).isEqualTo(pulses);
  }

  @Test
  void anUnknownCardIsStoredSentToTheAttendantAndOpensNothing() {
    int pulses = entry.lane().openPulses();
    entry.lane().armingLoop(true);
    try {
      reader.presentFormatted("NOBODY-1");
      await(
          "the display sends the driver to the attendant",
          WAIT,
          () -> entryDisplay.shown().equals("PLEASE SEE ATTENDANT / CARD NOT RECOGNISED"));
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM card_read WHERE card_number='NOBODY-1' AND decision_id IS NULL"))
          .isEqualTo(1);
      assertThat(entry.lane().openPulses()).isEqualTo(pulses);
    } finally {
      GarageTestSupport.leaveLoop(entry);
    }
  }

  @Test
  void aReaderThatGoesSilentRaisesADeviceAlarmAndIsBackWhenItAnswers() {
    // An open console hears of the reader's state when it changes (no lane turn: no vehicle).
    List<io.micronaut.http.sse.Event<String>> console =
        java.util.Collections.synchronizedList(new ArrayList<>());
    reactor.core.Disposable stream =
        consoleStream
            .open(reactor.core.scheduler.Schedulers.boundedElastic())
            .subscribe(console::add, e -> e.printStackTrace(System.out));
    String offline = "{\"id\":\"reader-entry-1\",\"kind\":\"CARD_READER\",\"status\":\"OFFLINE\"";
    String online = "{\"id\":\"reader-entry-1\",\"kind\":\"CARD_READER\",\"status\":\"ONLINE\"";
    await("the console's first view", WAIT, () -> !console.isEmpty());
    reader.silent(true);
    try {
      await(
          "the operator sees the reader's alarm",
          WAIT,
          () ->
              GarageTestSupport.get(base, "/api/lane-devices")
                      .body()
                      .contains("\"kind\":\"CARD_READER\",\"status\":\"OFFLINE\"")
                  && GarageTestSupport.get(base, "/api/lanes/entry-1/exceptions", viewer())
                      .body()
                      .contains(
                          "\"kind\":\"DEVICE_FAULT\",\"detail\":\"card reader reader-entry-1 offline: timeout"));
      assertThat(GarageTestSupport.get(base, "/api/lanes", viewer()).body())
          .as("plates still open the lane, whose status shows its reader offline")
          .contains(
              "\"id\":\"entry-1\"",
              "\"status\":\"IN_SERVICE\"",
              "{\"id\":\"reader-entry-1\",\"kind\":\"CARD_READER\",\"status\":\"OFFLINE\"");
      await(
          "the open console is sent the lanes with the reader offline",
          WAIT,
          () -> lanesEvents(console).stream().anyMatch(data -> data.contains(offline)));
    } finally {
      reader.silent(false);
    }
    await(
        "the reader is back",
        WAIT,
        () ->
            !GarageTestSupport.get(base, "/api/lane-devices")
                .body()
                .contains("\"status\":\"OFFLINE\""));
    await(
        "the open console is sent the lanes with the reader back online",
        WAIT,
        () -> {
          List<String> lanes = lanesEvents(console);
          return !lanes.isEmpty() && lanes.get(lanes.size() - 1).contains(online);
        });
    stream.dispose();
    assertThat(GarageTestSupport.outboxPayloads(db, "lane_exception"))
        .anyMatch(p -> p.contains("reader-entry-1 offline"));
  }

  @Test
  void aReaderSendingBadCrcsLengthsOrSequencesIsRefusedAlarmedAndTheLanesKeepWorking()
      throws Exception {
    // Bad input on the OSDP line (issue 5): each garbled reply is refused with a log line; a
    // reader that keeps garbling goes offline with a DEVICE_FAULT, while the lanes go on.
    Map<ReplyFault, String> failures =
        Map.of(
            ReplyFault.BAD_CRC, "CRC",
            // The stream decoder skips a packet whose length is out of bounds, so no reply came;
            // a CRC byte that happens to look like a start of message gives a bad check instead.
            ReplyFault.BAD_LENGTH, "(timeout|check)",
            ReplyFault.WRONG_SEQUENCE, "sequence");
    int plate = 0;
    for (ReplyFault fault : ReplyFault.values()) {
      reader.garbleReplies(fault, Integer.MAX_VALUE);
      try {
        await(
            "the reader goes offline on " + fault + " and the operator is told why",
            WAIT,
            () ->
                GarageTestSupport.get(base, "/api/lane-devices")
                        .body()
                        .contains(
                            "\"id\":\"reader-entry-1\",\"lane\":\"entry-1\",\"kind\":\"CARD_READER\",\"status\":\"OFFLINE\"")
                    && java.util.regex.Pattern.compile(
                            "\"kind\":\"DEVICE_FAULT\",\"detail\":\"card reader reader-entry-1 offline: [^\"]*"
                                + failures.get(fault),
                            java.util.regex.Pattern.CASE_INSENSITIVE)
                        .matcher(
                            GarageTestSupport.get(base, "/api/lanes/entry-1/exceptions", viewer())
                                .body())
                        .find());
        assertThat(GarageTestSupport.get(base, "/api/lane-devices").body())
            .as("the other devices are not disturbed")
            .contains(
                "\"id\":\"display-exit-1\",\"lane\":\"exit-1\",\"kind\":\"DISPLAY\",\"status\":\"ONLINE\"");
        String holder = "7GRB" + fault.ordinal() + (plate++);
        registerPermit(holder, "13:" + (700 + fault.ordinal()));
        int pulses = entry.lane().openPulses();
        SimulatedVehicle car = new SimulatedVehicle(entry.lane(), Duration.ofMillis(100));
        car.arrive();
        HttpResponse<String> read =
            post(
                base,
                GarageTestSupport.pushPath("cam-entry-1"),
                "application/json",
                GarageTestSupport.plateRecognizerPush("cam-entry-1", holder, 0.95));
        assertThat(read.body())
            .as("the lane still opens for plates")
            .contains("\"gate\":\"VENDED\"");
        assertThat(entry.lane().openPulses()).isEqualTo(pulses + 1);
        assertThat(car.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
      } finally {
        reader.garbleReplies(fault, 0);
      }
      await(
          "the reader is back after " + fault,
          WAIT,
          () ->
              GarageTestSupport.get(base, "/api/lane-devices")
                  .body()
                  .contains(
                      "\"id\":\"reader-entry-1\",\"lane\":\"entry-1\",\"kind\":\"CARD_READER\",\"status\":\"ONLINE\""));
    }
  }

  @Test
  void aCardNumberThatIsNotOneIsRefusedWith400() {
    long permits = count(db, "SELECT COUNT(*) FROM permit");
    HttpResponse<String> r = registerPermit("6CARD66", "not a card!");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("card number");
    assertThat(count(db, "SELECT COUNT(*) FROM permit")).as("no permit stored").isEqualTo(permits);
  }

  private HttpResponse<String> registerPermit(String plate, String card) {
    return post(
        base,
        "/api/permits",
        "application/json",
        viewer(),
        """
        {"plate":"%s","holder":"Card Holder","kind":"PERMIT","validFrom":"%s","validTo":"%s","cardNumber":"%s"}
        """
            .formatted(
                plate,
                Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plus(30, ChronoUnit.DAYS),
                card));
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

  /** The data of the {@code lanes} events an open console was sent, in order. */
  private static List<String> lanesEvents(List<io.micronaut.http.sse.Event<String>> console) {
    synchronized (console) {
      return console.stream()
          .filter(e -> "lanes".equals(e.getName()))
          .map(io.micronaut.http.sse.Event::getData)
          .toList();
    }
  }
}
