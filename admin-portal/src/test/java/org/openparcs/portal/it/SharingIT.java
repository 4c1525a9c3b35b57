package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.db.DatabaseFactory;

/**
 * Sharing with agencies and the camera registry over real HTTP and MariaDB: refusals by rule (S1,
 * S2, U2), approval with a commander for an agency without standing access, each record shared
 * audited with the agency's name (T4); cameras refused near sensitive sites (U4, U5).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharingIT {

  private static final String HTML = "text/html";

  @Inject EmbeddedServer server;
  @Inject TestClock clock;
  @Inject Accounts accounts;
  @Inject DatabaseFactory.PooledDatabase database;
  @Inject org.openparcs.portal.audit.application.AuditTrail trail;
  @Inject org.openparcs.portal.common.application.UnitOfWork unitOfWork;

  private PortalHttp coordinator;
  private Sql sql;
  private String today;

  @BeforeAll
  void agenciesAndReads() {
    sql = new Sql(database.raw());
    accounts.trainCoordinator();
    coordinator = new PortalHttp(server.getURI());
    coordinator.logInAsCoordinator(clock);
    today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
    agency("Sunnyvale Police Department", "LAW_ENFORCEMENT", "CA", false);
    agency("Reno Police Department", "LAW_ENFORCEMENT", "NV", true);
    agency("Plate Data Brokers Inc", "COMMERCIAL", "CA", false);
    String read = "{\"plate\":\"SHR%d\",\"lane\":\"entry-1\",\"camera\":\"cam-1\"}";
    HttpResponse<String> answer =
        new PortalHttp(server.getURI())
            .postJson(
                "/api/garages/G1/events",
                "test-token-garage-one-0001",
                Batches.of(
                    Batches.eventAt("shr", 1, "plate_read", clock.instant(), read.formatted(1)),
                    Batches.eventAt("shr", 2, "plate_read", clock.instant(), read.formatted(1)),
                    Batches.eventAt("shr", 3, "plate_read", clock.instant(), read.formatted(2))));
    assertThat(answer.statusCode()).isEqualTo(200);
  }

  @Test
  void refusesOutOfStateCommercialAndImmigrationRequestsAndAuditsThemPolicyS1S2U2() {
    assertThat(request("Reno Police Department", "robbery", "").body())
        .contains("refused: S2: only California agencies");
    assertThat(request("Plate Data Brokers Inc", "robbery", "").body())
        .contains("refused: S1: ALPR data is never sold");
    assertThat(request("Sunnyvale Police Department", "immigration status", "").body())
        .contains("refused: U2: the request serves immigration enforcement");
    assertThat(request("Sunnyvale Police Department", "robbery", "Santa Clara PD").body())
        .contains("refused: S2: no onward sharing");
    assertThat(sql.count("SELECT COUNT(*) FROM audit_record WHERE action = 'SHARING_REFUSED'"))
        .isGreaterThanOrEqualTo(4);
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM shared_record s JOIN sharing_request r"
                    + " ON r.id = s.request_id WHERE r.status = 'REFUSED'"))
        .isZero();
  }

  @Test
  void anAgencyWithoutStandingAccessNeedsACommanderAndEachRecordSharedIsAuditedPolicyS2T4() {
    request("Sunnyvale Police Department", "armed robbery", "");
    String id =
        sql.text(
            "SELECT id FROM sharing_request WHERE status = 'PENDING' AND crime_type = 'armed robbery'");
    HttpResponse<String> noCommander = decide(id, Map.of("decision", "approve"));
    assertThat(noCommander.statusCode()).isEqualTo(400);
    assertThat(noCommander.body()).contains("approving commander");

    HttpResponse<String> approved =
        decide(
            id,
            Map.of(
                "decision",
                "approve",
                "commanderName",
                "Cmdr. Ruiz",
                "commanderApprovedOn",
                today));
    assertThat(approved.statusCode()).isEqualTo(303);
    assertThat(sql.text("SELECT commander_name FROM sharing_request WHERE id = ?", id))
        .isEqualTo("Cmdr. Ruiz");
    assertThat(sql.count("SELECT COUNT(*) FROM shared_record WHERE request_id = ?", id))
        .isEqualTo(2);
    // Terms are sealed at rest (POLICY K1): read them through the trail.
    assertThat(
            unitOfWork.reading(trail::readAll).stream()
                .map(r -> r.entry())
                .filter(e -> e.action() == org.openparcs.portal.audit.model.AuditAction.ALPR_SHARED)
                .filter(e -> e.access().terms().contains("SHR1"))
                .map(e -> e.department())
                .toList())
        .hasSize(2)
        .containsOnly("Sunnyvale Police Department");
    HttpResponse<String> csv =
        coordinator.get("/sharing/requests/" + id + "/records.csv", "text/csv");
    assertThat(csv.body()).contains("no onward sharing", "SHR1").doesNotContain("SHR2");
    assertThat(
            sql.text(
                "SELECT department FROM audit_record WHERE action = 'ALPR_EXPORT' ORDER BY id DESC"))
        .isEqualTo("Sunnyvale Police Department");
  }

  @Test
  void refusesACameraNearTheEntranceOfAPlaceOfWorshipAndOneWithoutPublicViewPolicyU4U5() {
    HttpResponse<String> site =
        post(
            "/cameras/sites",
            Map.of(
                "name",
                "St. Joseph Cathedral",
                "kind",
                "PLACE_OF_WORSHIP",
                "latitude",
                "37.3327",
                "longitude",
                "-121.8879"));
    assertThat(site.statusCode()).isEqualTo(303);

    HttpResponse<String> near = post("/cameras", camera("37.3333", "-121.8879", true));
    assertThat(near.statusCode()).isEqualTo(400);
    assertThat(near.body()).contains("U4: the camera would stand 67 m from the entrance");
    HttpResponse<String> hidden = post("/cameras", camera("37.3400", "-121.8879", false));
    assertThat(hidden.body()).contains("U5");
    assertThat(post("/cameras", camera("37.3400", "-121.8879", true)).statusCode()).isEqualTo(303);
    assertThat(sql.count("SELECT COUNT(*) FROM camera")).isEqualTo(1);
    assertThat(sql.count("SELECT COUNT(*) FROM audit_record WHERE action = 'CAMERA_REFUSED'"))
        .isEqualTo(2);
  }

  private static Map<String, String> camera(String lat, String lon, boolean publicView) {
    Map<String, String> form = new HashMap<>();
    form.put("garageId", "G1");
    form.put("cameraId", "cam-1");
    form.put("name", "Entry 1 camera");
    form.put("latitude", lat);
    form.put("longitude", lon);
    form.put("view", "entry lane 1, from the street");
    if (publicView) {
      form.put("publicView", "on");
    }
    return form;
  }

  private void agency(String name, String kind, String state, boolean standing) {
    Map<String, String> form = new HashMap<>(Map.of("name", name, "kind", kind, "state", state));
    if (standing) {
      form.put("standing", "on");
    }
    assertThat(post("/sharing/agencies", form).statusCode()).isEqualTo(303);
  }

  private HttpResponse<String> request(String agency, String crimeType, String onBehalfOf) {
    Map<String, String> form = new HashMap<>();
    form.put("agencyId", sql.text("SELECT id FROM sharing_agency WHERE name = ?", agency));
    form.put("requesterName", "Det. Ames");
    form.put("requesterContact", "ames@pd.example");
    form.put("onBehalfOf", onBehalfOf);
    form.put("reason", "follow-up of an investigation");
    form.put("crimeType", crimeType);
    form.put("caseNumber", "SV-2026-0042");
    form.put("plates", "SHR1");
    form.put("from", today);
    form.put("to", today);
    HttpResponse<String> answer = post("/sharing/requests", form);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer;
  }

  private HttpResponse<String> decide(String id, Map<String, String> fields) {
    return post("/sharing/requests/" + id + "/decision", fields);
  }

  private HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> form = new HashMap<>(fields);
    form.put("csrfToken", PortalHttp.csrfToken(coordinator.get("/account", HTML).body()));
    return coordinator.postForm(path, form);
  }
}
