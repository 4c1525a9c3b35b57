package org.openparcs.controller.lane.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.await;
import static org.openparcs.controller.GarageTestSupport.count;
import static org.openparcs.controller.GarageTestSupport.plateHash;
import static org.openparcs.controller.GarageTestSupport.plateRecognizerPush;
import static org.openparcs.controller.GarageTestSupport.post;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.bridge.sim.SimulatedVehicle;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.LaneTestBase;

/**
 * The lane state machine running real lanes: simulated I/O modules on Modbus TCP, camera pushes and
 * operator calls over HTTP, the embedded MariaDB. Each scenario has its own lane.
 */
@MicronautTest
class LaneControlIT extends LaneTestBase {

  private final IoModuleSimulator modes = module("m");
  private final IoModuleSimulator jammed = module("j");
  private final IoModuleSimulator busy = module("b");

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>();
    p.putAll(GarageTestSupport.lane("lane-modes", "ENTRY", modes, "cam-modes"));
    p.putAll(GarageTestSupport.lane("lane-jammed", "ENTRY", jammed, "cam-jammed"));
    p.putAll(GarageTestSupport.lane("lane-busy", "ENTRY", busy, "cam-busy"));
    p.put("parcs.lane-control.rise-timeout", "500ms");
    // lane-busy's module model comes from configuration, as data (the E1214's addresses).
    String model = "parcs.io-models.e1214-as-data.";
    p.put(model + "inputs", "6");
    p.put(model + "relays", "6");
    p.put(model + "relay-coil-base", "0");
    p.put(model + "pulse-coil-base", "16");
    p.put(model + "discrete-input-base", "0");
    p.put(model + "input-counter-register-base", "16");
    p.put(model + "input-bits-register", "48");
    p.put(model + "relay-bits-register", "32");
    p.put("parcs.lanes.lane-busy.io-model", "e1214-as-data");
    return p;
  }

  @Test
  void anOperatorLocksALaneClosedAndNobodyGetsInTheChangeIsAudited() {
    registerPermit("LOCK1");
    HttpResponse<String> r = setMode("lane-modes", "LOCKED_CLOSED", "Ana Ops", "barrier repair");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("\"from\":\"NORMAL\"", "\"to\":\"LOCKED_CLOSED\"");
    assertThat(GarageTestSupport.get(base, "/api/lanes", viewer()).body())
        .contains("\"mode\":\"LOCKED_CLOSED\"");
    int pulses = modes.lane().openPulses();
    modes.lane().armingLoop(true);
    try {
      assertThat(
              post(
                      base,
                      GarageTestSupport.pushPath("cam-modes"),
                      "application/json",
                      plateRecognizerPush("cam-modes", "LOCK1", 0.9))
                  .body())
          .contains("\"decision\":\"DENIED\"", "\"reason\":\"LANE_LOCKED\"");
      assertThat(modes.lane().openPulses()).isEqualTo(pulses);
    } finally {
      modes.lane().armingLoop(false);
    }
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM lane_mode_change WHERE lane_id='lane-modes'"
                    + " AND to_mode='LOCKED_CLOSED' AND operator='Ana Ops' AND reason='barrier repair'"))
        .isEqualTo(1);
    assertThat(count(db, "SELECT COUNT(*) FROM outbox WHERE event_type='lane_mode_changed'"))
        .isGreaterThanOrEqualTo(1);
    assertThat(setMode("lane-modes", "NORMAL", "Ana Ops", "repaired").statusCode()).isEqualTo(200);
  }

  @Test
  void aModeChangeNeedsAnOperatorAReasonAKnownModeAndAKnownLane() {
    String noReason = "{\"mode\":\"FULL\"}";
    HttpResponse<String> r =
        post(
            base,
            "/api/lanes/lane-modes/mode",
            "application/json",
            GarageTestSupport.operatorToken(operatorSessions, "Ana Ops"),
            noReason);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("reason").doesNotContain("Exception", "java.");
    String noOperator = "{\"mode\":\"FULL\",\"reason\":\"event\"}";
    HttpResponse<String> anonymous =
        post(base, "/api/lanes/lane-modes/mode", "application/json", noOperator);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("log on");
    assertThat(setMode("lane-modes", "OPEN_SESAME", "Ana Ops", "why not").statusCode())
        .isEqualTo(400);
    HttpResponse<String> unknown = setMode("lane-nowhere", "FULL", "Ana Ops", "event");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("no lane 'lane-nowhere'");
    assertThat(count(db, "SELECT COUNT(*) FROM lane_mode_change WHERE to_mode='FULL'")).isZero();
  }

  @Test
  void aLaneHeldOpenKeepsTheArmUpAndCountsWhoPasses() throws Exception {
    assertThat(setMode("lane-busy", "HELD_OPEN", "Ana Ops", "stadium event").statusCode())
        .isEqualTo(200);
    await("the arm is held up", Duration.ofSeconds(5), () -> busy.lane().signals().armUp());
    assertThat(busy.lane().openRelayClosed()).as("the OPEN contact is maintained").isTrue();
    SimulatedVehicle fan = new SimulatedVehicle(busy.lane(), Duration.ofMillis(100));
    fan.arrive();
    assertThat(fan.proceed(Duration.ofSeconds(2))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    await(
        "the passage is recorded",
        Duration.ofSeconds(5),
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM gate_event WHERE lane_id='lane-busy' AND type='PASSED_WHILE_HELD_OPEN'")
                >= 1);
    assertThat(setMode("lane-busy", "NORMAL", "Ana Ops", "event over").statusCode()).isEqualTo(200);
    await("the arm comes down", Duration.ofSeconds(5), () -> busy.lane().signals().armDown());
  }

  @Test
  void aJammedBarrierIsPulsedOnceMoreThenReportedToTheOperator() {
    registerPermit("JAM1");
    jammed.lane().jamBarrier(true);
    int pulses = jammed.lane().openPulses();
    jammed.lane().armingLoop(true);
    try {
      assertThat(
              post(
                      base,
                      GarageTestSupport.pushPath("cam-jammed"),
                      "application/json",
                      plateRecognizerPush("cam-jammed", "JAM1", 0.9))
                  .body())
          .contains("\"gate\":\"VENDED\"");
      await(
          "the operator sees the arm did not rise",
          Duration.ofSeconds(5),
          () ->
              GarageTestSupport.get(base, "/api/lanes/lane-jammed/exceptions", viewer())
                  .body()
                  .contains("\"kind\":\"ARM_NOT_RISING\""));
      assertThat(jammed.lane().openPulses() - pulses).as("pulsed, then once more").isEqualTo(2);
      assertThat(GarageTestSupport.get(base, "/api/exceptions", viewer()).body())
          .contains("\"lane\":\"lane-jammed\"");
    } finally {
      jammed.lane().armingLoop(false);
      jammed.lane().jamBarrier(false);
    }
  }

  /** lane-busy runs on a register map given in configuration: in service means it was used. */
  @Test
  void eachLanesDeviceHealthIsInTheMetricsAndTheLaneList() {
    await(
        "the lanes are polled",
        Duration.ofSeconds(5),
        () ->
            GarageTestSupport.get(base, "/api/lanes", viewer())
                .body()
                .contains("\"status\":\"IN_SERVICE\""));
    HttpResponse<String> inService =
        GarageTestSupport.get(base, "/metrics/parcs.lane.in.service?tag=lane:lane-busy");
    assertThat(inService.statusCode()).as(inService.body()).isEqualTo(200);
    assertThat(inService.body()).contains("\"VALUE\"", "1.0");
    assertThat(GarageTestSupport.get(base, "/metrics/parcs.lane.io.transactions").body())
        .contains("lane-busy");
    assertThat(GarageTestSupport.get(base, "/api/lanes", viewer()).body())
        .contains("\"circuit\":\"CLOSED\"", "\"phase\":");
  }

  @Test
  void aReadWithNoVehicleIsAnOperatorException() {
    registerPermit("NOCAR1");
    post(
        base,
        GarageTestSupport.pushPath("cam-busy"),
        "application/json",
        plateRecognizerPush("cam-busy", "NOCAR1", 0.9));
    assertThat(GarageTestSupport.get(base, "/api/lanes/lane-busy/exceptions", viewer()).body())
        .contains("\"kind\":\"READ_WITHOUT_VEHICLE\"");
    assertThat(count(db, "SELECT COUNT(*) FROM outbox WHERE event_type='lane_exception'"))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void aSecondVehicleThroughOnOneGrantIsTailgating() throws Exception {
    registerPermit("TAIL1");
    SimulatedLane lane = jammed.lane();
    lane.armingLoop(true);
    assertThat(
            post(
                    base,
                    GarageTestSupport.pushPath("cam-jammed"),
                    "application/json",
                    plateRecognizerPush("cam-jammed", "TAIL1", 0.9))
                .body())
        .contains("\"gate\":\"VENDED\"");
    await("the arm is up", Duration.ofSeconds(5), () -> lane.signals().armUp());
    // The granted car and one right behind it, both under the arm before it can fall.
    lane.safetyLoop(true);
    lane.armingLoop(false);
    lane.armingLoop(true);
    lane.safetyLoop(false);
    lane.safetyLoop(true);
    lane.armingLoop(false);
    Thread.sleep(100);
    lane.safetyLoop(false);
    await(
        "tailgating is reported",
        Duration.ofSeconds(5),
        () ->
            GarageTestSupport.get(base, "/api/lanes/lane-jammed/exceptions", viewer())
                .body()
                .contains("\"kind\":\"TAILGATING\""));
    await(
        "the granted vehicle is counted through",
        Duration.ofSeconds(5),
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                        + plateHash("TAIL1")
                        + " AND exited_at IS NULL")
                == 1);
  }

  @Test
  void anOperatorVendOpensOnlyForAVehicleOnTheArmingLoopAndIsRecordedAsOperatorVend()
      throws Exception {
    String token = GarageTestSupport.operatorToken(operatorSessions, "Vic Vend");
    String body = "{\"plate\":\"8VND001\",\"reason\":\"reader broken, ticket checked\"}";
    int pulses = modes.lane().openPulses();

    HttpResponse<String> nobody =
        post(base, "/api/lanes/lane-modes/vend", "application/json", token, body);
    HttpResponse<String> noReason =
        post(
            base,
            "/api/lanes/lane-modes/vend",
            "application/json",
            token,
            "{\"plate\":\"8VND001\"}");

    assertThat(nobody.statusCode()).as(nobody.body()).isEqualTo(409);
    assertThat(nobody.body()).contains("no vehicle on the arming loop");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(count(db, "SELECT COUNT(*) FROM access_decision WHERE rule='OPERATOR_VEND'"))
        .isZero();

    SimulatedVehicle car = new SimulatedVehicle(modes.lane(), Duration.ofMillis(100));
    car.arrive();
    await(
        "the lane sees the vehicle",
        Duration.ofSeconds(5),
        () ->
            GarageTestSupport.get(base, "/api/lanes", viewer())
                .body()
                .contains("\"armingLoop\":true"));
    HttpResponse<String> vended =
        post(base, "/api/lanes/lane-modes/vend", "application/json", token, body);

    assertThat(vended.statusCode()).as(vended.body()).isEqualTo(200);
    assertThat(vended.body()).contains("\"result\":\"VENDED\"", "\"operator\":\"Vic Vend\"");
    assertThat(car.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    assertThat(modes.lane().openPulses() - pulses).as("DO0 pulsed once").isEqualTo(1);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM gate_event g JOIN access_decision d ON d.id = g.decision_id"
                    + " WHERE g.type='OPERATOR_VEND' AND d.rule='OPERATOR_VEND'"
                    + " AND g.detail='by Vic Vend: reader broken, ticket checked'"))
        .isEqualTo(1);
    assertThat(count(db, "SELECT COUNT(*) FROM outbox WHERE event_type='gate_event'"))
        .as("reported to the portal")
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void hostileOperatorFieldsGetAClear400AndStoreNothing() {
    String token = GarageTestSupport.operatorToken(operatorSessions, "Ana Ops");
    long before = count(db, "SELECT COUNT(*) FROM lane_mode_change WHERE lane_id='lane-modes'");
    HttpResponse<String> script =
        post(
            base,
            "/api/lanes/lane-modes/mode",
            "application/json",
            token,
            "{\"mode\":\"FULL\",\"reason\":\"<script>alert(1)</script>\"}");
    HttpResponse<String> huge =
        post(
            base,
            "/api/lanes/lane-modes/mode",
            "application/json",
            token,
            "{\"mode\":\"FULL\",\"reason\":\"" + "x".repeat(10_240) + "\"}");
    HttpResponse<String> sqlPlate =
        post(
            base,
            "/api/reads/corrections",
            "application/json",
            token,
            "{\"exceptionId\":\""
                + java.util.UUID.randomUUID()
                + "\",\"plate\":\"1' OR '1'='1\",\"reason\":\"x\"}");

    assertThat(script.statusCode()).isEqualTo(400);
    assertThat(script.body()).contains("markup").doesNotContain("Exception", "java.");
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(huge.body()).contains("reason");
    assertThat(sqlPlate.statusCode()).isEqualTo(400);
    assertThat(sqlPlate.body()).contains("letters, digits");
    assertThat(count(db, "SELECT COUNT(*) FROM lane_mode_change WHERE lane_id='lane-modes'"))
        .isEqualTo(before);
    assertThat(count(db, "SELECT COUNT(*) FROM plate_correction")).isZero();
  }

  @Test
  void aConsoleCookieChangesNothingWithoutTheSessionsCsrfToken() throws Exception {
    var session =
        operatorSessions.open(
            GarageTestSupport.operatorOf("garage-1", "Ana Ops"), "127.0.0.1", "garage-access");
    java.net.http.HttpRequest.Builder request =
        java.net.http.HttpRequest.newBuilder(base.resolve("/api/lanes/lane-modes/mode"))
            .header("Content-Type", "application/json")
            .header("Cookie", "PARCS_CONSOLE=" + session.id())
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"mode\":\"LOCKED_CLOSED\",\"reason\":\"csrf check\"}"));
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    HttpResponse<String> forged = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> genuine =
        http.send(
            request.header("X-CSRF-Token", session.csrfToken()).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("CSRF");
    assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(200);
    assertThat(count(db, "SELECT COUNT(*) FROM lane_mode_change WHERE reason='csrf check'"))
        .isEqualTo(1);
    assertThat(setMode("lane-modes", "NORMAL", "Ana Ops", "after csrf check").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aLogOnWithoutAPortalIsRefusedSayingWhyAndBadFieldsAre400() {
    HttpResponse<String> noPortal =
        post(
            base,
            "/api/operator/logon",
            "application/json",
            "{\"username\":\"ana.ops\",\"password\":\"secret-pass\",\"code\":\"123456\","
                + "\"purpose\":\"garage-access\"}");
    HttpResponse<String> noPurpose =
        post(
            base,
            "/api/operator/logon",
            "application/json",
            "{\"username\":\"ana.ops\",\"password\":\"secret-pass\",\"code\":\"123456\"}");
    HttpResponse<String> badName =
        post(
            base,
            "/api/operator/logon",
            "application/json",
            "{\"username\":\"<b>ana</b>\",\"password\":\"p\",\"code\":\"123456\"}");
    HttpResponse<String> page = GarageTestSupport.get(base, "/console/login");

    assertThat(noPortal.statusCode()).isEqualTo(503);
    assertThat(noPortal.body()).contains("portal", "sessions already open keep working");
    assertThat(noPurpose.statusCode()).as("POLICY U1: a purpose is chosen").isEqualTo(400);
    assertThat(noPurpose.body()).contains("purpose");
    assertThat(badName.statusCode()).isEqualTo(400);
    assertThat(badName.body()).contains("username");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "name=\"csrfToken\"",
            "<option value=\"garage-access\" selected=\"selected\">",
            "<option value=\"parking-enforcement\">")
        .as("the profile gives operators no audit purpose")
        .doesNotContain("transaction-audit");
    assertThat(page.headers().allValues("set-cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .containsIgnoringCase("PARCS_CONSOLE_LOGIN")
                    .containsIgnoringCase("HttpOnly")
                    .contains("Secure", "SameSite=Strict"));
  }

  private HttpResponse<String> setMode(String lane, String mode, String operator, String reason) {
    String body =
        "{\"mode\":\"%s\",\"operator\":\"%s\",\"reason\":\"%s\"}".formatted(mode, operator, reason);
    return post(
        base,
        "/api/lanes/" + lane + "/mode",
        "application/json",
        GarageTestSupport.operatorToken(operatorSessions, operator),
        body);
  }
}
