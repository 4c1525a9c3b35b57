package org.openparcs.controller.lane.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.await;
import static org.openparcs.controller.GarageTestSupport.cameraCredential;
import static org.openparcs.controller.GarageTestSupport.count;
import static org.openparcs.controller.GarageTestSupport.plateRecognizerPush;
import static org.openparcs.controller.GarageTestSupport.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.sse.Event;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.ModbusFaultProxy;
import org.openparcs.bridge.sim.ModbusFaultProxy.Fault;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/**
 * A lane whose I/O module misbehaves, each failure against a real Modbus TCP server on loopback (a
 * simulated module behind a fault-injecting proxy): the lane goes out of service, shows no state it
 * does not know, raises an operator exception and a DEVICE_FAULT, opens for nobody, and is back in
 * service within 2 s of the module answering again (the circuit's longest pause is 1 s; the waits
 * below allow for a busy build machine).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaneDeviceFaultsIT implements TestPropertyProvider {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration BACK_WITHIN = Duration.ofSeconds(3);
  private final int modulePort = freePort();
  private IoModuleSimulator module =
      IoModuleSimulator.start(SimulatedLane.standard("f"), modulePort);
  private final ModbusFaultProxy proxy =
      new ModbusFaultProxy(0, modulePort, Duration.ofMillis(800));

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
    String prefix = "parcs.lanes.lane-f.";
    p.put(prefix + "name", "Faulty lane");
    p.put(prefix + "direction", "ENTRY");
    p.put(prefix + "io-host", "127.0.0.1");
    p.put(prefix + "io-port", String.valueOf(proxy.port()));
    p.put(prefix + "io-timeout", "200ms");
    p.put(prefix + "cameras", "cam-f");
    p.putAll(cameraCredential("cam-f"));
    return p;
  }

  /** The permit's plate is sealed (POLICY K1): registered once per run, remembered here. */
  private static boolean permitRegistered;

  @BeforeEach
  void inService() {
    base = server.getURI();
    db = database.raw();
    await("the lane is in service", Duration.ofSeconds(10), () -> inService(lane()));
    if (!permitRegistered) {
      permitRegistered = true;
      String body =
          """
          {"plate":"FAULTY1","holder":"Test","kind":"PERMIT","validFrom":"%s","validTo":"%s"}
          """
              .formatted(
                  Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(1, ChronoUnit.DAYS));
      assertThat(post(base, "/api/permits", "application/json", viewer(), body).statusCode())
          .isEqualTo(201);
    }
  }

  @AfterEach
  void healed() {
    proxy.inject(Fault.NONE);
    module.lane().armingLoop(false);
  }

  @AfterAll
  void stop() {
    proxy.close();
    module.close();
  }

  @Test
  void aModuleThatHangsUpMidTransaction() {
    faultIsHandled(Fault.HANG_UP_MID_REPLY, "unreachable");
  }

  @Test
  void aModuleThatAnswersTooSlowly() {
    faultIsHandled(Fault.SLOW_REPLY, "timeout");
  }

  @Test
  void aModuleThatAnswersAnExceptionCode() {
    faultIsHandled(Fault.EXCEPTION_CODE, "rejected");
  }

  @Test
  void aModuleThatAnswersGarbage() {
    faultIsHandled(Fault.GARBAGE, "malformed");
  }

  @Test
  void aModuleThatGoesAwayAndIsRestartedOnItsPort() {
    long faults = deviceFaults();
    module.close();
    await("the lane is out of service", Duration.ofSeconds(5), () -> !inService(lane()));
    noPulseWhileOut();
    assertThat(deviceFaults()).isEqualTo(faults + 1);
    module = IoModuleSimulator.start(SimulatedLane.standard("f-back"), modulePort);
    await("the lane is back in service", BACK_WITHIN, () -> inService(lane()));
  }

  @Test
  void anOpenConsoleIsSentTheModulesHealthAtEachFailureWhileTheLaneIsOut() {
    // Issue 5: the failure count an operator sees while a module is away is the current one: each
    // failed transaction is a LANES notice (the lane's own state no longer changes meanwhile).
    List<Event<String>> console = Collections.synchronizedList(new ArrayList<>());
    Disposable stream =
        consoleStream
            .open(Schedulers.boundedElastic())
            .subscribe(console::add, e -> e.printStackTrace(System.out));
    try {
      await("the console's first view", Duration.ofSeconds(5), () -> !console.isEmpty());
      proxy.inject(Fault.EXCEPTION_CODE);
      await("the lane is out of service", Duration.ofSeconds(5), () -> !inService(lane()));
      await(
          "the open console is sent three or more failure counts while the lane is out",
          Duration.ofSeconds(10),
          () -> countsWhileOut(console).size() >= 3);
      proxy.inject(Fault.NONE);
      await("the lane is back in service", BACK_WITHIN, () -> inService(lane()));
      await(
          "the open console is sent the lane back in service, its circuit closed",
          Duration.ofSeconds(5),
          () -> {
            JsonNode last = lastLaneSent(console);
            return last != null
                && inService(last)
                && "CLOSED".equals(last.path("device").path("circuit").asText())
                && last.path("device").path("failures").asLong()
                    >= countsWhileOut(console).stream().mapToLong(Long::longValue).max().orElse(0);
          });
    } finally {
      stream.dispose();
    }
  }

  /** The distinct failure counts of lane-f the console was sent while the lane was out. */
  private static Set<Long> countsWhileOut(List<Event<String>> console) {
    Set<Long> counts = new TreeSet<>();
    for (JsonNode lane : lanesSent(console)) {
      if (!inService(lane)) {
        counts.add(lane.path("device").path("failures").asLong());
      }
    }
    return counts;
  }

  private static JsonNode lastLaneSent(List<Event<String>> console) {
    List<JsonNode> lanes = lanesSent(console);
    return lanes.isEmpty() ? null : lanes.get(lanes.size() - 1);
  }

  /** Lane f as each {@code lanes} event showed it, in order. */
  private static List<JsonNode> lanesSent(List<Event<String>> console) {
    List<JsonNode> lanes = new ArrayList<>();
    synchronized (console) {
      for (Event<String> e : console) {
        if ("lanes".equals(e.getName())) {
          try {
            lanes.add(JSON.readTree(e.getData()).get(0));
          } catch (Exception x) {
            throw new IllegalStateException(x);
          }
        }
      }
    }
    return lanes;
  }

  private void faultIsHandled(Fault fault, String kind) {
    long faults = deviceFaults();
    long exceptions = operatorExceptions();
    proxy.inject(fault);
    await("the lane is out of service", Duration.ofSeconds(5), () -> !inService(lane()));
    JsonNode lane = lane();
    assertThat(lane.path("sensors").isMissingNode() || lane.path("sensors").isNull())
        .as("no sensor state while the module is away: " + lane)
        .isTrue();
    assertThat(lane.path("lastError").asText()).contains(kind);
    noPulseWhileOut();
    // The lane shows out of service before its effects are recorded: wait for them, then count.
    await(
        "the fault is recorded",
        Duration.ofSeconds(5),
        () -> deviceFaults() > faults && operatorExceptions() > exceptions);
    assertThat(deviceFaults()).as("one DEVICE_FAULT gate event").isEqualTo(faults + 1);
    assertThat(operatorExceptions()).as("one operator exception").isEqualTo(exceptions + 1);

    proxy.inject(Fault.NONE);
    await("the lane is back in service", BACK_WITHIN, () -> inService(lane()));
    // The lane is back in service before its recovery is recorded: wait for the record.
    await(
        "the recovery is recorded as a DEVICE_RECOVERED gate event",
        Duration.ofSeconds(5),
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM gate_event WHERE lane_id='lane-f'"
                        + " AND type='DEVICE_RECOVERED'")
                > 0);
  }

  private void noPulseWhileOut() {
    int pulses = module.lane().openPulses();
    module.lane().armingLoop(true);
    String answer =
        post(
                base,
                GarageTestSupport.pushPath("cam-f"),
                "application/json",
                plateRecognizerPush("cam-f", "FAULTY1", 0.9))
            .body();
    assertThat(answer).contains("\"decision\":\"GRANTED\"", "\"gate\":\"DEVICE_FAILED\"");
    assertThat(module.lane().openPulses())
        .as("nothing opens while out of service")
        .isEqualTo(pulses);
    module.lane().armingLoop(false);
  }

  private long deviceFaults() {
    return count(
        db, "SELECT COUNT(*) FROM gate_event WHERE lane_id='lane-f' AND type='DEVICE_FAULT'");
  }

  private long operatorExceptions() {
    return count(
        db, "SELECT COUNT(*) FROM lane_exception WHERE lane_id='lane-f' AND kind='DEVICE_FAULT'");
  }

  private JsonNode lane() {
    try {
      return JSON.readTree(GarageTestSupport.get(base, "/api/lanes", viewer()).body()).get(0);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean inService(JsonNode lane) {
    return "IN_SERVICE".equals(lane.path("status").asText());
  }

  private static int freePort() {
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
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
