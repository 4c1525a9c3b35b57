package org.openparcs.controller.lane;

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
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.db.DatabaseFactory.PooledDatabase;

/**
 * Visitors by plate through real lanes: real Modbus TCP to simulated I/O modules on loopback, real
 * HTTP camera pushes and payments, the embedded MariaDB with the real migrations. A visitor enters
 * without a ticket, is held at the exit until paid, then leaves; the entry goes FULL at capacity
 * and back when a space frees; a permit group is held to its parks.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitorLaneIT implements TestPropertyProvider {

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
    p.put("parcs.visitors.admitted", "true");
    p.put("parcs.occupancy.capacity", "1");
    p.put("parcs.occupancy.follow-millis", "200");
    return p;
  }

  @BeforeAll
  void tariff() {
    base = server.getURI();
    db = database.raw();
    // No free grace: a visitor owes 1.00 from the first minute, per started 15 minutes.
    GarageTestSupport.publishVisitorTariff(base, "visit-1");
  }

  @AfterAll
  void stopDevices() {
    entry.close();
    exit.close();
  }

  @Test
  void aVisitorEntersByPlatePaysAtTheExitAndLeavesAndTheEntryFollowsOccupancy() throws Exception {
    HttpResponse<String> in = GarageTestSupport.drive(base, entry, "cam-entry-1", "8VIS001", true);
    assertThat(in.body()).contains("\"decision\":\"GRANTED\"", "\"rule\":\"VISITOR\"");
    await(
        "the visitor's session opens when it is counted through",
        Duration.ofSeconds(5),
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                        + plateHash("8VIS001")
                        + ""
                        + " AND exited_at IS NULL AND permit_id IS NULL")
                == 1);
    assertThat(GarageTestSupport.get(base, "/api/occupancy").body())
        .contains("\"inside\":1", "\"visitors\":1", "\"capacity\":1", "\"full\":true");
    await(
        "the entry goes FULL at capacity",
        Duration.ofSeconds(5),
        () -> "FULL".equals(mode("entry-1")));
    assertThat(
            string(
                db,
                "SELECT operator FROM lane_mode_change WHERE lane_id='entry-1'"
                    + " ORDER BY changed_at DESC LIMIT 1"))
        .isEqualTo("occupancy");

    HttpResponse<String> turnedAway =
        GarageTestSupport.drive(base, entry, "cam-entry-1", "8VIS002", false);
    assertThat(turnedAway.body()).contains("\"decision\":\"DENIED\"", "\"reason\":\"GARAGE_FULL\"");

    // The tariff counts whole seconds: a stay of a second or more has started an increment.
    Thread.sleep(1100);
    int pulses = exit.lane().openPulses();
    HttpResponse<String> unpaid =
        GarageTestSupport.drive(base, exit, "cam-exit-1", "8VIS001", false);
    assertThat(unpaid.body()).contains("\"decision\":\"DENIED\"", "\"reason\":\"PAYMENT_DUE\"");
    assertThat(exit.lane().openPulses()).as("the barrier stays down").isEqualTo(pulses);

    String quote = GarageTestSupport.get(base, "/api/quotes?plate=8VIS001").body();
    assertThat(quote).contains("\"amount\":100", "\"tariffVersion\":\"visit-1\"");
    String session = quote.replaceAll("(?s).*\"sessionId\":\"([0-9a-f-]+)\".*", "$1");
    HttpResponse<String> paid =
        post(
            base,
            "/api/payments",
            "application/json",
            """
            {"reference":"exit-term-0001","source":"EXIT_TERMINAL","method":"CARD","amount":100,
             "currency":"USD","sessionId":"%s","terminal":"exit-1","lane":"exit-1",
             "occurredAt":"%s"}
            """
                .formatted(session, Instant.now()));
    assertThat(paid.statusCode()).as(paid.body()).isIn(200, 201);

    HttpResponse<String> out = GarageTestSupport.drive(base, exit, "cam-exit-1", "8VIS001", true);
    assertThat(out.body()).contains("\"decision\":\"GRANTED\"", "\"rule\":\"PAID\"");
    await(
        "the visitor is counted out and its session closes",
        Duration.ofSeconds(5),
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                        + plateHash("8VIS001")
                        + ""
                        + " AND exited_at IS NOT NULL")
                == 1);
    await(
        "the entry goes back to NORMAL when a space frees",
        Duration.ofSeconds(5),
        () -> "NORMAL".equals(mode("entry-1")));
  }

  @Test
  void aPermitGroupIsHeldToItsParksAndAPermitHolderPaysNothing() throws Exception {
    permit("7GRP001", "Acme Corp");
    permit("7GRP002", "Acme Corp");
    HttpResponse<String> group =
        post(
            base,
            "/api/permit-groups",
            "application/json",
            "{\"holder\":\"Acme Corp\",\"parks\":1}");
    assertThat(group.body()).contains("\"parks\":1", "\"inside\":0");

    HttpResponse<String> first =
        GarageTestSupport.drive(base, entry, "cam-entry-1", "7GRP001", true);
    assertThat(first.body()).contains("\"decision\":\"GRANTED\"", "\"rule\":\"VALID_PERMIT\"");
    await(
        "the permit holder's session opens",
        Duration.ofSeconds(5),
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                        + plateHash("7GRP001")
                        + " AND exited_at IS NULL")
                == 1);
    HttpResponse<String> second =
        GarageTestSupport.drive(base, entry, "cam-entry-1", "7GRP002", false);
    assertThat(second.body())
        .contains("\"decision\":\"DENIED\"", "\"reason\":\"PERMIT_GROUP_FULL\"");
    assertThat(GarageTestSupport.get(base, "/api/occupancy").body())
        .contains("{\"holder\":\"Acme Corp\",\"parks\":1,\"inside\":1,\"full\":true}");

    HttpResponse<String> out = GarageTestSupport.drive(base, exit, "cam-exit-1", "7GRP001", true);
    assertThat(out.body()).contains("\"decision\":\"GRANTED\"", "\"rule\":\"OPEN_SESSION\"");
    await(
        "the permit holder leaves without paying",
        Duration.ofSeconds(5),
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                        + plateHash("7GRP001")
                        + " AND exited_at IS NOT NULL")
                == 1);
  }

  private String mode(String lane) {
    String lanes = GarageTestSupport.get(base, "/api/lanes", viewer()).body();
    return lanes.replaceAll("(?s).*\"id\":\"" + lane + "\".*?\"mode\":\"([A-Z_]+)\".*", "$1");
  }

  private void permit(String plate, String holder) {
    HttpResponse<String> r =
        post(
            base,
            "/api/permits",
            "application/json",
            viewer(),
            """
            {"plate":"%s","holder":"%s","kind":"PERMIT","validFrom":"%s","validTo":"%s"}
            """
                .formatted(
                    plate,
                    holder,
                    Instant.now().minus(Duration.ofDays(1)),
                    Instant.now().plus(Duration.ofDays(30))));
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
