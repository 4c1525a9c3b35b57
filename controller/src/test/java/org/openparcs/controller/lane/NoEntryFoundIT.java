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
 * No plate match at a visitor exit, through real lanes (Modbus TCP to simulated I/O modules on
 * loopback, real HTTP camera pushes, the embedded MariaDB): the barrier stays down and the operator
 * gets a {@code NO_ENTRY_FOUND} exception listing the open entries one confusable character away,
 * or none (a lost ticket).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoEntryFoundIT implements TestPropertyProvider {

  private final IoModuleSimulator entry =
      IoModuleSimulator.start(SimulatedLane.standard("entry"), 0);
  private final IoModuleSimulator exit = IoModuleSimulator.start(SimulatedLane.standard("exit"), 0);

  @Inject EmbeddedServer server;
  @Inject org.openparcs.controller.garage.model.GarageLayout garageLayout;
  @Inject PooledDatabase database;
  @Inject org.openparcs.controller.operator.application.OperatorSessions operatorSessions;

  private URI base;
  private DataSource db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>();
    p.putAll(GarageTestSupport.lane("entry-1", "ENTRY", entry, "cam-entry-1"));
    p.putAll(GarageTestSupport.lane("exit-1", "EXIT", exit, "cam-exit-1"));
    p.put("parcs.visitors.admitted", "true");
    return p;
  }

  @BeforeAll
  void base() {
    base = server.getURI();
    db = database.raw();
    GarageTestSupport.publishVisitorTariff(base, "visit-1");
  }

  @AfterAll
  void stopDevices() {
    entry.close();
    exit.close();
  }

  @Test
  void anExitReadOneConfusableCharacterFromAnEntryListsThatEntryForTheOperator() throws Exception {
    HttpResponse<String> in = GarageTestSupport.drive(base, entry, "cam-entry-1", "7ABC123", true);
    assertThat(in.body()).contains("\"decision\":\"GRANTED\"", "\"rule\":\"VISITOR\"");
    await(
        "the visitor's session opens",
        Duration.ofSeconds(5),
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                        + plateHash("7ABC123")
                        + " AND exited_at IS NULL")
                == 1);
    String session =
        string(
            db,
            "SELECT id FROM parking_session WHERE plate_hash="
                + plateHash("7ABC123")
                + " AND exited_at IS NULL");

    int pulses = exit.lane().openPulses();
    HttpResponse<String> out = GarageTestSupport.drive(base, exit, "cam-exit-1", "7A8C123", false);
    assertThat(out.body()).contains("\"decision\":\"DENIED\"", "\"reason\":\"NO_SESSION\"");
    assertThat(exit.lane().openPulses()).as("the barrier stays down").isEqualTo(pulses);

    String exceptions =
        GarageTestSupport.get(base, "/api/lanes/exit-1/exceptions", viewer()).body();
    assertThat(exceptions)
        .contains("NO_ENTRY_FOUND", "no open entry for 7A8C123", "candidates: 7ABC123", session);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM lane_exception WHERE kind='NO_ENTRY_FOUND'"
                    + " AND lane_id='exit-1' AND plate_read_id IS NOT NULL"))
        .isGreaterThanOrEqualTo(1);

    String exception =
        exceptions.replaceAll(
            "(?s).*?\"id\":\"([0-9a-f-]+)\"[^}]*\"kind\":\"NO_ENTRY_FOUND\"[^}]*7A8C123.*", "$1");
    String decide =
        """
        {"sessionId":"%s","reason":"entry image shows 7A8C123, read as B"}
        """
            .formatted(session);
    HttpResponse<String> unknown =
        post(
            base,
            "/api/exceptions/" + java.util.UUID.randomUUID() + "/entry",
            "application/json",
            alice(),
            decide);
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    HttpResponse<String> decided =
        post(base, "/api/exceptions/" + exception + "/entry", "application/json", alice(), decide);
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    assertThat(decided.body())
        .contains(
            "\"rule\":\"OPERATOR_MATCHED_ENTRY\"",
            "\"entryPlate\":\"7ABC123\"",
            "\"exitPlate\":\"7A8C123\"",
            "\"operator\":\"alice\"");
    HttpResponse<String> again =
        post(base, "/api/exceptions/" + exception + "/entry", "application/json", alice(), decide);
    assertThat(again.statusCode()).as("decided once").isEqualTo(409);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM exit_entry_decision WHERE session_id='"
                    + session
                    + "' AND operator='alice' AND rule='OPERATOR_MATCHED_ENTRY'"))
        .isEqualTo(1);

    // The exit is now quoted on the entry's stay; paid, the gate opens.
    Thread.sleep(1100);
    String quote = GarageTestSupport.get(base, "/api/quotes?plate=7A8C123").body();
    assertThat(quote).contains("\"amount\":100", "\"sessionId\":\"" + session + "\"");
    HttpResponse<String> paid =
        post(
            base,
            "/api/payments",
            "application/json",
            """
            {"reference":"exit-term-lost-1","source":"EXIT_TERMINAL","method":"CARD","amount":100,
             "currency":"USD","sessionId":"%s","terminal":"exit-1","lane":"exit-1",
             "occurredAt":"%s"}
            """
                .formatted(session, Instant.now()));
    assertThat(paid.statusCode()).as(paid.body()).isIn(200, 201);
    HttpResponse<String> leaves =
        GarageTestSupport.drive(base, exit, "cam-exit-1", "7A8C123", true);
    assertThat(leaves.body()).contains("\"decision\":\"GRANTED\"", "\"rule\":\"PAID\"");
    await(
        "the session closes",
        Duration.ofSeconds(5),
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM parking_session WHERE id='"
                        + session
                        + "' AND exited_at IS NOT NULL")
                == 1);
  }

  @Test
  void anExitReadFarFromEveryEntryIsALostTicketForTheOperator() throws Exception {
    int pulses = exit.lane().openPulses();
    HttpResponse<String> out = GarageTestSupport.drive(base, exit, "cam-exit-1", "9XYW777", false);
    assertThat(out.body()).contains("\"decision\":\"DENIED\"", "\"reason\":\"NO_SESSION\"");
    assertThat(exit.lane().openPulses()).as("the barrier stays down").isEqualTo(pulses);
    assertThat(GarageTestSupport.get(base, "/api/lanes/exit-1/exceptions", viewer()).body())
        .contains("no open entry for 9XYW777 nor one confusable character away: lost ticket?");

    String exceptions =
        GarageTestSupport.get(base, "/api/lanes/exit-1/exceptions", viewer()).body();
    String exception =
        exceptions.replaceAll(
            "(?s).*?\"id\":\"([0-9a-f-]+)\"[^}]*\"kind\":\"NO_ENTRY_FOUND\"[^}]*9XYW777.*", "$1");
    HttpResponse<String> lost =
        post(
            base,
            "/api/exceptions/" + exception + "/lost-ticket",
            "application/json",
            org.openparcs.controller.GarageTestSupport.operatorToken(operatorSessions, "bob"),
            "{\"reason\":\"driver has no ticket, no entry on camera\"}");
    assertThat(lost.statusCode()).as(lost.body()).isEqualTo(200);
    assertThat(lost.body()).contains("\"rule\":\"LOST_TICKET\"", "\"exitPlate\":\"9XYW777\"");
    String session = lost.body().replaceAll("(?s).*\"sessionId\":\"([0-9a-f-]+)\".*", "$1");
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM exit_entry_decision WHERE rule='LOST_TICKET' AND operator='bob'"
                    + " AND session_id='"
                    + session
                    + "'"))
        .isEqualTo(1);

    // The lost ticket is quoted at the tariff's lost-ticket fee, not the seconds since the
    // session was opened at the exit; less than the fee keeps the barrier down.
    String lostQuote = GarageTestSupport.get(base, "/api/quotes?plate=9XYW777").body();
    assertThat(lostQuote).contains("\"amount\":4000", "\"sessionId\":\"" + session + "\"");
    HttpResponse<String> part =
        post(
            base,
            "/api/payments",
            "application/json",
            """
            {"reference":"exit-term-lost-2a","source":"EXIT_TERMINAL","method":"CARD","amount":100,
             "currency":"USD","sessionId":"%s","plate":"9XYW777",
             "terminal":"exit-1","lane":"exit-1","occurredAt":"%s"}
            """
                .formatted(session, Instant.now()));
    assertThat(part.statusCode()).as(part.body()).isIn(200, 201);
    HttpResponse<String> refused =
        GarageTestSupport.drive(base, exit, "cam-exit-1", "9XYW777", false);
    assertThat(refused.body()).contains("\"decision\":\"DENIED\"", "PAYMENT_DUE");

    HttpResponse<String> paid =
        post(
            base,
            "/api/payments",
            "application/json",
            """
            {"reference":"exit-term-lost-2","source":"EXIT_TERMINAL","method":"CARD","amount":3900,
             "currency":"USD","sessionId":"%s","plate":"9XYW777","lostTicket":true,
             "terminal":"exit-1","lane":"exit-1","occurredAt":"%s"}
            """
                .formatted(session, Instant.now()));
    assertThat(paid.statusCode()).as(paid.body()).isIn(200, 201);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM payment WHERE lost_ticket AND session_id='" + session + "'"))
        .as("the lost-ticket payment is the session's, seen by the lost-ticket ratio")
        .isEqualTo(1);
    HttpResponse<String> leaves =
        GarageTestSupport.drive(base, exit, "cam-exit-1", "9XYW777", true);
    assertThat(leaves.body()).contains("\"decision\":\"GRANTED\"", "\"rule\":\"PAID\"");
  }

  private String alice() {
    return org.openparcs.controller.GarageTestSupport.operatorToken(operatorSessions, "alice");
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
