package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.db.DatabaseFactory;
import org.openparcs.portal.user.model.Role;

/**
 * Hot lists over real HTTP and MariaDB: entries carry who entered them and need another person's
 * approval (S3); reads are matched at ingest and raise alerts that a person confirms, recording the
 * disposition (U3); external lists not refreshed within 24 hours stop matching (S3).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotListIT {

  private static final String HTML = "text/html";
  private static final AtomicLong SEQ = new AtomicLong();

  @Inject EmbeddedServer server;
  @Inject TestClock clock;
  @Inject Accounts accounts;
  @Inject DatabaseFactory.PooledDatabase database;
  @Inject org.openparcs.protection.PlateLookup lookup;

  private PortalHttp coordinator;
  private PortalHttp operator;
  private Sql sql;

  @BeforeAll
  void people() {
    sql = new Sql(database.raw());
    accounts.trainCoordinator();
    accounts.create("olivia", "Parking Enforcement", Role.OPERATOR, true, "G1");
    coordinator = new PortalHttp(server.getURI());
    coordinator.logInAsCoordinator(clock);
    operator = new PortalHttp(server.getURI());
    operator.logIn("olivia", Accounts.PASSWORD, Accounts.SECRET, clock);
  }

  @Test
  void anEntryNeedsWhoEnteredItAndAnotherPersonsApprovalBeforeItMatchesPolicyS3() {
    long list = createList("Stolen vehicles", "STOLEN", false, "");
    HttpResponse<String> noBadge =
        post(operator, "/hotlists/" + list + "/entries", entry("HOT123", ""));
    assertThat(noBadge.statusCode()).isEqualTo(400);
    assertThat(noBadge.body()).contains("name, badge number and unit (POLICY S3)");
    assertThat(
            post(operator, "/hotlists/" + list + "/entries", entry("HOT123", "1234")).statusCode())
        .isEqualTo(303);

    ingestRead("HOT123");
    assertThat(hits("HOT123")).as("not approved: no alert").isZero();
    assertThat(
            post(operator, "/hotlists/entries/" + entryId("HOT123") + "/approve", Map.of())
                .statusCode())
        .as("an operator is no supervisor")
        .isEqualTo(403);
    assertThat(
            post(coordinator, "/hotlists/entries/" + entryId("HOT123") + "/approve", Map.of())
                .statusCode())
        .isEqualTo(303);

    ingestRead("HOT123");
    assertThat(hits("HOT123")).isEqualTo(1);

    post(coordinator, "/hotlists/" + list + "/entries", entry("SELF1", "77"));
    HttpResponse<String> own =
        post(coordinator, "/hotlists/entries/" + entryId("SELF1") + "/approve", Map.of());
    assertThat(own.statusCode()).isEqualTo(400);
    assertThat(own.body()).contains("other than the person who entered it");
  }

  @Test
  void aHitIsOnlyAnAlertUntilAPersonComparesThePlateAndRecordsTheDispositionPolicyU3() {
    long list = createList("Wanted", "WANTED", false, "");
    post(operator, "/hotlists/" + list + "/entries", entry("WANT42", "4242"));
    post(coordinator, "/hotlists/entries/" + entryId("WANT42") + "/approve", Map.of());
    ingestRead("WANT42");
    String hit =
        sql.text("SELECT id FROM hot_list_hit WHERE plate_hash = ?", lookup.hash("WANT42"));
    assertThat(sql.text("SELECT disposition FROM hot_list_hit WHERE id = ?", hit)).isNull();

    assertThat(operator.get("/hits", HTML).body()).contains("WANT42");
    HttpResponse<String> page = operator.get("/hits/" + hit, HTML);
    assertThat(page.body()).contains("WANT42", "Not available", "Robbery Unit");
    HttpResponse<String> uncompared =
        post(operator, "/hits/" + hit + "/disposition", Map.of("disposition", "MATCH_CONFIRMED"));
    assertThat(uncompared.statusCode()).isEqualTo(400);
    assertThat(uncompared.body()).contains("compared the plate text with the image");
    assertThat(sql.text("SELECT disposition FROM hot_list_hit WHERE id = ?", hit)).isNull();

    HttpResponse<String> confirmed =
        post(
            operator,
            "/hits/" + hit + "/disposition",
            Map.of("disposition", "MISREAD", "compared", "on", "note", "image shows WANT47"));
    assertThat(confirmed.statusCode()).isEqualTo(303);
    assertThat(sql.text("SELECT disposition FROM hot_list_hit WHERE id = ?", hit))
        .isEqualTo("MISREAD");
    assertThat(sql.text("SELECT confirmed_by FROM hot_list_hit WHERE id = ?", hit))
        .isEqualTo("olivia");
    assertThat(sql.auditDetail("HOT_LIST_HIT_DISPOSED"))
        .contains("MISREAD, plate text compared with the image by olivia");
  }

  @Test
  void anExternalListNotRefreshedWithin24HoursStopsMatchingPolicyS3() {
    long list = createList("Stolen Vehicle System", "STOLEN", true, "SVS via CLETS");
    HttpResponse<String> imported =
        post(
            coordinator,
            "/hotlists/" + list + "/import",
            Map.of("entries", "EXT777;J. Doe;0001;DOJ SVS;SVS-1;stolen vehicle report\n"));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(303);
    assertThat(coordinator.get("/hotlists", HTML).body()).contains("EXT777", "awaiting approval");
    // The coordinator imported it: another supervisor approves (four eyes).
    accounts.create("sup.sam", "Robbery Unit", Role.COORDINATOR, true);
    PortalHttp supervisor = new PortalHttp(server.getURI());
    supervisor.logIn("sup.sam", Accounts.PASSWORD, Accounts.SECRET, clock);
    assertThat(
            post(supervisor, "/hotlists/entries/" + entryId("EXT777") + "/approve", Map.of())
                .statusCode())
        .isEqualTo(303);

    ingestRead("EXT777");
    assertThat(hits("EXT777")).isEqualTo(1);

    clock.advance(Duration.ofHours(25));
    ingestRead("EXT777");
    assertThat(hits("EXT777")).as("stale list: no alert").isEqualTo(1);
    assertThat(coordinator.get("/hotlists", HTML).body()).contains("NOT MATCHING");

    post(
        coordinator,
        "/hotlists/" + list + "/import",
        Map.of("entries", "EXT777;J. Doe;0001;DOJ SVS;SVS-1;stolen vehicle report\n"));
    ingestRead("EXT777");
    assertThat(hits("EXT777")).as("refreshed, unchanged entry keeps its approval").isEqualTo(2);
  }

  private long createList(String name, String kind, boolean external, String source) {
    Map<String, String> form = new HashMap<>(Map.of("name", name, "kind", kind, "source", source));
    if (external) {
      form.put("external", "on");
    }
    HttpResponse<String> answer = post(coordinator, "/hotlists", form);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
    return sql.count("SELECT id FROM hot_list WHERE name = ?", name);
  }

  private static Map<String, String> entry(String plate, String badge) {
    return Map.of(
        "plate",
        plate,
        "name",
        "Officer Smith",
        "badge",
        badge,
        "unit",
        "Robbery Unit",
        "caseNumbers",
        "SJ-2026-0099",
        "synopsis",
        "211 robbery suspect vehicle");
  }

  private String entryId(String plate) {
    return sql.text(
        "SELECT id FROM hot_list_entry WHERE plate_hash = ? AND removed_at IS NULL",
        lookup.hash(plate));
  }

  private long hits(String plate) {
    return sql.count("SELECT COUNT(*) FROM hot_list_hit WHERE plate_hash = ?", lookup.hash(plate));
  }

  private HttpResponse<String> post(PortalHttp who, String path, Map<String, String> fields) {
    Map<String, String> form = new HashMap<>(fields);
    form.put("csrfToken", PortalHttp.csrfToken(who.get("/account", HTML).body()));
    return who.postForm(path, form);
  }

  private void ingestRead(String plate) {
    long seq = SEQ.incrementAndGet();
    String event =
        Batches.eventAt(
            "hot",
            seq,
            "plate_read",
            clock.instant(),
            "{\"plate\":\"" + plate + "\",\"lane\":\"entry-1\",\"camera\":\"cam-1\"}");
    HttpResponse<String> answer =
        new PortalHttp(server.getURI())
            .postJson("/api/garages/G1/events", "test-token-garage-one-0001", Batches.of(event));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }
}
