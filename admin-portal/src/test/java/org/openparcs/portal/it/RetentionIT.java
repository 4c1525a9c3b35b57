package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openparcs.db.DatabaseFactory;

/**
 * Purges at the portal over real HTTP and MariaDB (profile SJ-PARK: plate data kept 90 days):
 * expired reads go, a session keeps its money without its plate (R1), held data stays until its
 * hold is released (R3), each run leaves its proof in the audit trail (R4), which is never purged
 * (T2), and every garage gets a purge order it confirms with counts. The first test sees the data
 * before any on-demand purge.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetentionIT {

  private static final String HTML = "text/html";
  private static final String G1_TOKEN = "test-token-garage-one-0001";
  private static final Pattern RUN = Pattern.compile("/retention/runs/(\\d+)");

  @Inject EmbeddedServer server;
  @Inject TestClock clock;
  @Inject Accounts accounts;
  @Inject DatabaseFactory.PooledDatabase database;
  @Inject org.openparcs.portal.protection.infrastructure.EventPlates eventPlates;

  private PortalHttp coordinator;
  private Sql sql;

  @BeforeAll
  void oldAndNewData() {
    sql = new Sql(database.raw());
    accounts.trainCoordinator();
    coordinator = new PortalHttp(server.getURI());
    coordinator.logInAsCoordinator(clock);
    Instant old = clock.instant().minus(Duration.ofDays(200));
    Instant recent = clock.instant().minus(Duration.ofDays(1));
    ingest(
        Batches.eventAt("ret", 1, "plate_read", old, read("OLD1")),
        Batches.eventAt("ret", 2, "plate_read", old, read("HELD1")),
        Batches.eventAt("ret", 3, "plate_read", recent, read("NEW1")),
        Batches.eventAt(
            "ret",
            4,
            "payment_captured",
            old,
            "{\"sessionId\":\"s-old\",\"plate\":\"OLD1\",\"amountMinor\":1250,\"currency\":\"USD\"}"),
        Batches.eventAt(
            "ret", 5, "session_closed", old, "{\"sessionId\":\"s-held\",\"plate\":\"OLD2\"}"));
  }

  @Test
  @Order(1)
  void purgesExpiredDataKeepsHeldDataAndLeavesAProofPoliciesR1R3R4T2() {
    placeHold("PLATE", "held1", "CASE-77", "evidence in a hit-and-run");
    placeHold("SESSION", "s-held", "DISPUTE-9", "parking fee disputed");
    long auditBefore = sql.count("SELECT COUNT(*) FROM audit_record");

    long run = purgeAndWait();

    assertThat(plates()).containsExactlyInAnyOrder("HELD1", "NEW1", "OLD2");
    String payment =
        sql.text("SELECT payload FROM received_event WHERE event_type = 'payment_captured'");
    assertThat(payment).contains("\"amountMinor\"", "1250", "s-old").doesNotContain("OLD1");
    String proof = sql.auditDetail("PURGE_COMPLETED");
    assertThat(proof)
        .startsWith("R4 purge run " + run + " (ON_DEMAND)")
        .contains("plate reads and images: cut-off", "(90 days), 1 purged, 1 kept under legal hold")
        .contains("sessions' plate fields", "1 purged, 1 kept under legal hold")
        .contains("2 legal hold(s) respected (cases CASE-77, DISPUTE-9)")
        .contains("never purged (kept at least 2 years, POLICY T2)");
    assertThat(sql.count("SELECT COUNT(*) FROM audit_record"))
        .as("the audit trail only grows (POLICY T2)")
        .isGreaterThan(auditBefore);

    releaseHold("CASE-77", "case closed: the driver was convicted");
    purgeAndWait();
    assertThat(plates()).containsExactlyInAnyOrder("NEW1", "OLD2");
  }

  @Test
  void everyGarageFetchesItsPurgeOrderAndConfirmsItWithCountsPolicyR1R4() {
    purgeAndWait();
    PortalHttp garage = new PortalHttp(server.getURI());
    HttpResponse<String> orders =
        garage.get("/api/garages/G1/purge-orders", "application/json", G1_TOKEN);
    assertThat(orders.statusCode()).isEqualTo(200);
    assertThat(orders.body()).contains("\"dataClass\":\"plate-reads\"", "\"purgeBefore\"");
    Matcher m = Pattern.compile("\"orderId\":\"([0-9a-f-]{36})\"").matcher(orders.body());
    assertThat(m.find()).isTrue();
    String order = m.group(1);
    byte[] confirmation =
        "{\"completedAt\":\"2026-11-23T03:00:00Z\",\"counts\":{\"plate-reads\":12,\"images\":12,\"held-kept\":1}}"
            .getBytes();

    assertThat(
            garage
                .get("/api/garages/G1/purge-orders", "application/json", "wrong-token-0000000")
                .statusCode())
        .isEqualTo(401);
    String path = "/api/garages/G1/purge-orders/" + order + "/confirmation";
    assertThat(
            garage
                .postJson(
                    "/api/garages/G2/purge-orders/" + order + "/confirmation",
                    "test-token-garage-two-0002",
                    confirmation)
                .statusCode())
        .as("another garage's order looks like no order")
        .isEqualTo(404);
    assertThat(garage.postJson(path, G1_TOKEN, "{\"counts\":{}}".getBytes()).statusCode())
        .isEqualTo(400);
    HttpResponse<String> first = garage.postJson(path, G1_TOKEN, confirmation);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("\"recorded\":true");
    assertThat(garage.postJson(path, G1_TOKEN, confirmation).body()).contains("\"recorded\":false");
    assertThat(sql.text("SELECT confirmation_json FROM garage_purge_order WHERE id = ?", order))
        .contains("\"plate-reads\":12");
    assertThat(sql.auditDetail("PURGE_ORDER_CONFIRMED"))
        .contains("R4 garage G1 carried out purge order " + order, "images=12");
    assertThat(garage.get("/api/garages/G1/purge-orders", "application/json", G1_TOKEN).body())
        .doesNotContain(order);
  }

  @Test
  void aPurgeShowsItsProgressAsAPageAndJson() {
    long run = purgeAndWait();
    HttpResponse<String> page = coordinator.get("/retention/runs/" + run, HTML);
    assertThat(page.body()).contains("run-status", "DONE", "100 %", "plate reads and images");
    HttpResponse<String> json = coordinator.get("/api/retention/runs/" + run, "application/json");
    assertThat(json.body()).contains("\"status\":\"DONE\"", "\"percent\":100", "\"dataClass\"");
    assertThat(coordinator.get("/retention", HTML).body())
        .contains("SJ-PARK", "90 days", "2 years");
  }

  @Test
  void aHoldNeedsACaseAndAReasonPolicyR3() {
    String token = PortalHttp.csrfToken(coordinator.get("/retention", HTML).body());
    HttpResponse<String> answer =
        coordinator.postForm(
            "/retention/holds",
            Map.of(
                "kind",
                "PLATE",
                "target",
                "ABC123",
                "caseNumber",
                "",
                "reason",
                "x",
                "csrfToken",
                token));
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("case number");
  }

  private long purgeAndWait() {
    String token = PortalHttp.csrfToken(coordinator.get("/retention", HTML).body());
    HttpResponse<String> started =
        coordinator.postForm("/retention/purges", Map.of("csrfToken", token));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
    Matcher m = RUN.matcher(started.headers().firstValue("Location").orElse(""));
    assertThat(m.find()).isTrue();
    long run = Long.parseLong(m.group(1));
    for (int i = 0; i < 200; i++) {
      String status = sql.text("SELECT status FROM purge_run WHERE id = ?", run);
      if (!"RUNNING".equals(status)) {
        assertThat(status).isEqualTo("DONE");
        return run;
      }
      sleep();
    }
    throw new AssertionError("purge run " + run + " did not end");
  }

  private void placeHold(String kind, String target, String caseNumber, String reason) {
    String token = PortalHttp.csrfToken(coordinator.get("/retention", HTML).body());
    HttpResponse<String> answer =
        coordinator.postForm(
            "/retention/holds",
            Map.of(
                "kind",
                kind,
                "target",
                target,
                "caseNumber",
                caseNumber,
                "reason",
                reason,
                "csrfToken",
                token));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
  }

  private void releaseHold(String caseNumber, String reason) {
    String id = sql.text("SELECT id FROM legal_hold WHERE case_number = ?", caseNumber);
    String token = PortalHttp.csrfToken(coordinator.get("/retention", HTML).body());
    HttpResponse<String> answer =
        coordinator.postForm(
            "/retention/holds/" + id + "/release", Map.of("reason", reason, "csrfToken", token));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
  }

  private java.util.List<String> plates() {
    return sql.eventPlates(eventPlates);
  }

  private void ingest(String... events) {
    HttpResponse<String> answer =
        new PortalHttp(server.getURI())
            .postJson("/api/garages/G1/events", G1_TOKEN, Batches.of(events));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private static String read(String plate) {
    return "{\"plate\":\"" + plate + "\",\"lane\":\"entry-1\",\"camera\":\"cam-1\"}";
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
