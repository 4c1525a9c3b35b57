package org.openparcs.controller.lane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.await;
import static org.openparcs.controller.GarageTestSupport.count;
import static org.openparcs.controller.GarageTestSupport.plateHash;
import static org.openparcs.controller.GarageTestSupport.plateRecognizerPush;
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
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.bridge.sim.SimulatedVehicle;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.db.DatabaseFactory.PooledDatabase;

/**
 * Vehicles through an entry and an exit lane: real Modbus TCP to simulated I/O modules on loopback,
 * real HTTP camera pushes, the embedded MariaDB with the real migrations.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaneEntryExitIT implements TestPropertyProvider {

  private final IoModuleSimulator entry =
      IoModuleSimulator.start(SimulatedLane.standard("entry"), 0);
  private final IoModuleSimulator exit = IoModuleSimulator.start(SimulatedLane.standard("exit"), 0);

  @Inject EmbeddedServer server;
  @Inject org.openparcs.controller.garage.model.GarageLayout garageLayout;
  @Inject org.openparcs.controller.operator.application.OperatorSessions operatorSessions;
  @Inject PooledDatabase database;

  private URI base;
  private DataSource db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>();
    p.putAll(GarageTestSupport.lane("entry-1", "ENTRY", entry, "cam-entry-1"));
    p.putAll(GarageTestSupport.lane("exit-1", "EXIT", exit, "cam-exit-1"));
    return p;
  }

  @BeforeEach
  void connect() {
    base = server.getURI();
    db = database.raw();
  }

  @AfterAll
  void stopDevices() {
    entry.close();
    exit.close();
  }

  @Test
  void aPermitHolderEntersAndLeavesWithOnePulseEachWay() throws Exception {
    registerPermit(
        "7ABC123",
        Instant.now().minus(1, ChronoUnit.DAYS),
        Instant.now().plus(30, ChronoUnit.DAYS));
    int entryPulses = entry.lane().openPulses();
    SimulatedVehicle car = new SimulatedVehicle(entry.lane(), Duration.ofMillis(100));
    car.arrive();

    HttpResponse<String> in =
        post(
            base,
            GarageTestSupport.pushPath("cam-entry-1"),
            "application/json",
            plateRecognizerPush("cam-entry-1", "7abc123", 0.93));

    assertThat(in.statusCode()).isEqualTo(200);
    assertThat(in.body())
        .contains("\"decision\":\"GRANTED\"", "\"rule\":\"VALID_PERMIT\"", "\"gate\":\"VENDED\"");
    assertThat(entry.lane().openPulses() - entryPulses).as("DO0 pulsed once").isEqualTo(1);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                    + plateHash("7ABC123")
                    + ""))
        .as("no session before the vehicle is counted through")
        .isZero();
    assertThat(car.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    await(
        "the vehicle is counted through and its session opens",
        Duration.ofSeconds(5),
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                        + plateHash("7ABC123")
                        + " AND exited_at IS NULL")
                == 1);
    await(
        "the arm-up is recorded",
        Duration.ofSeconds(5),
        () ->
            count(db, "SELECT COUNT(*) FROM gate_event WHERE lane_id='entry-1' AND type='ARM_UP'")
                >= 1);

    int exitPulses = exit.lane().openPulses();
    SimulatedVehicle leaving = new SimulatedVehicle(exit.lane(), Duration.ofMillis(100));
    leaving.arrive();
    HttpResponse<String> out =
        post(
            base,
            GarageTestSupport.pushPath("cam-exit-1"),
            "application/json",
            plateRecognizerPush("cam-exit-1", "7ABC123", 0.91));

    assertThat(out.body())
        .contains("\"decision\":\"GRANTED\"", "\"rule\":\"OPEN_SESSION\"", "\"gate\":\"VENDED\"");
    assertThat(exit.lane().openPulses() - exitPulses).isEqualTo(1);
    assertThat(leaving.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    await(
        "the vehicle is counted out and its session closes",
        Duration.ofSeconds(5),
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                        + plateHash("7ABC123")
                        + " AND exited_at IS NOT NULL AND exit_lane_id='exit-1'")
                == 1);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM gate_event g JOIN access_decision d ON g.decision_id=d.id"
                    + " WHERE d.plate_hash="
                    + plateHash("7ABC123")
                    + " AND g.type='VEHICLE_COUNTED'"))
        .as("counted through once each way, with its decision")
        .isEqualTo(2);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM lane_exception WHERE kind IN"
                    + " ('TAILGATING','GATE_FORCED','ARM_NOT_RISING','ARM_CLOSED_ON_VEHICLE')"))
        .as("an ordinary visit raises no alarm")
        .isZero();
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM gate_event WHERE type='VEND' AND decision_id IS NOT NULL AND lane_id IN ('entry-1','exit-1')"))
        .isGreaterThanOrEqualTo(2);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM outbox WHERE event_type IN ('session_opened','session_closed')"))
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void anUnknownPlateIsDeniedTheDenialIsStoredAndTheBarrierStaysShut() {
    int pulses = entry.lane().openPulses();
    entry.lane().armingLoop(true);
    try {
      HttpResponse<String> r =
          post(
              base,
              GarageTestSupport.pushPath("cam-entry-1"),
              "application/json",
              plateRecognizerPush("cam-entry-1", "ZZZ9999", 0.95));

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("\"decision\":\"DENIED\"", "\"reason\":\"UNKNOWN_PLATE\"");
      assertThat(entry.lane().openPulses()).isEqualTo(pulses);
      assertThat(
              string(
                  db,
                  "SELECT reason FROM access_decision WHERE plate_hash="
                      + plateHash("ZZZ9999")
                      + ""))
          .isEqualTo("UNKNOWN_PLATE");
      assertThat(
              count(db, "SELECT COUNT(*) FROM plate_read WHERE plate_hash=" + plateHash("ZZZ9999")))
          .isEqualTo(1);
      assertThat(
              GarageTestSupport.opened(
                  db,
                  "plate_read",
                  "raw_plate",
                  "SELECT raw_plate_sealed FROM plate_read WHERE plate_hash="
                      + plateHash("ZZZ9999")))
          .as("K1: the raw text is kept, sealed (as the push format's parser gives it)")
          .isEqualToIgnoringCase("zzz9999");
    } finally {
      GarageTestSupport.leaveLoop(entry);
    }
  }

  @Test
  void aGrantedReadWithNoVehicleOnTheArmingLoopOpensNothing() {
    registerPermit(
        "GHOST1", Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(1, ChronoUnit.DAYS));
    int pulses = entry.lane().openPulses();

    HttpResponse<String> r =
        post(
            base,
            GarageTestSupport.pushPath("cam-entry-1"),
            "application/json",
            plateRecognizerPush("cam-entry-1", "GHOST1", 0.97));

    assertThat(r.body()).contains("\"decision\":\"GRANTED\"", "\"gate\":\"NO_VEHICLE\"");
    assertThat(entry.lane().openPulses()).isEqualTo(pulses);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM gate_event g JOIN access_decision d ON g.decision_id=d.id WHERE d.plate_hash="
                    + plateHash("GHOST1")
                    + " AND g.type='VEND_REFUSED_NO_VEHICLE'"))
        .isEqualTo(1);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                    + plateHash("GHOST1")
                    + ""))
        .isZero();
  }

  @Test
  void anExpiredPermitIsDeniedSayingSo() {
    registerPermit(
        "OLD777",
        Instant.now().minus(60, ChronoUnit.DAYS),
        Instant.now().minus(30, ChronoUnit.DAYS));
    entry.lane().armingLoop(true);
    try {
      HttpResponse<String> r =
          post(
              base,
              GarageTestSupport.pushPath("cam-entry-1"),
              "application/json",
              plateRecognizerPush("cam-entry-1", "OLD777", 0.9));
      assertThat(r.body()).contains("\"decision\":\"DENIED\"", "\"reason\":\"PERMIT_EXPIRED\"");
    } finally {
      GarageTestSupport.leaveLoop(entry);
    }
  }

  private void registerPermit(String plate, Instant from, Instant to) {
    String body =
        """
        {"plate":"%s","holder":"Test Holder","kind":"PERMIT","validFrom":"%s","validTo":"%s"}
        """
            .formatted(plate, from, to);
    HttpResponse<String> r = post(base, "/api/permits", "application/json", viewer(), body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
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
