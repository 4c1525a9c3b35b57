package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.db.DatabaseFactory;
import org.openparcs.portal.audit.application.AuditTrail;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.user.model.Role;

/**
 * Access to ALPR data over real HTTP: searches need a purpose (POLICY U1), every access is audited
 * with its fields (T1, T4), lapsed training sees nothing (A4), a read outside the user's scope
 * looks like no read (A6), and what any search field carries is stored as typed and shown escaped.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlprAccessIT {

  private static final String HTML = "text/html";
  private static final String JSON = "application/json";

  @Inject EmbeddedServer server;
  @Inject TestClock clock;
  @Inject Accounts accounts;
  @Inject AuditTrail trail;
  @Inject UnitOfWork unitOfWork;
  @Inject DatabaseFactory.PooledDatabase database;

  private PortalHttp operator;
  private PortalHttp lapsed;
  private PortalHttp detective;
  private UUID readAtG1;
  private UUID readAtG2;

  @BeforeAll
  void readsAndUsers() {
    readAtG1 = ingestRead("G1", "test-token-garage-one-0001", "alpr-g1", "7ABC123");
    readAtG2 = ingestRead("G2", "test-token-garage-two-0002", "alpr-g2", "7ABC123");
    accounts.create("olivia", "Parking Division", Role.OPERATOR, true, "G1");
    accounts.create("larry", "Parking Division", Role.OPERATOR, false, "G1");
    accounts.create("det.lee", "San Jose Police Department", Role.COORDINATOR, true);
    operator = loggedIn("olivia");
    lapsed = loggedIn("larry");
    detective = loggedIn("det.lee");
  }

  @Test
  void refusesASearchWithoutAPurposeAndAuditsTheRefusalPolicyU1() {
    HttpResponse<String> page = operator.get("/search?plate=7ABC123", HTML);

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("choose a purpose").doesNotContain("read-plate");
    assertThat(last().action()).isEqualTo(AuditAction.ALPR_REFUSED);
  }

  @Test
  void auditsEverySearchWithUserDepartmentIpTermsAndPurposePolicyT1() {
    HttpResponse<String> page =
        operator.get("/search?plate=7abc123&purpose=parking-enforcement", HTML);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("1 read(s)", "7ABC123");
    AuditEntry e = last();
    assertThat(e.action()).isEqualTo(AuditAction.ALPR_SEARCH);
    assertThat(e.username()).isEqualTo("olivia");
    assertThat(e.department()).isEqualTo("Parking Division");
    assertThat(e.ip()).isEqualTo("127.0.0.1");
    assertThat(e.access().terms()).isEqualTo("plate=7abc123");
    assertThat(e.access().purpose()).isEqualTo("parking-enforcement");
  }

  @Test
  void auditsTheApiTheViewAndTheExportLikeSearchesPolicyT1() {
    operator.get("/api/reads?plate=7ABC123&purpose=parking-enforcement", JSON);
    assertThat(last().action()).isEqualTo(AuditAction.ALPR_API);
    operator.get("/reads/" + readAtG1 + "?purpose=parking-enforcement", HTML);
    assertThat(last().action()).isEqualTo(AuditAction.ALPR_VIEW);
    HttpResponse<String> csv =
        operator.get("/search/export.csv?plate=7ABC123&purpose=parking-enforcement", "text/csv");
    assertThat(csv.body()).startsWith("event_id,garage").contains(readAtG1.toString());
    assertThat(last().action()).isEqualTo(AuditAction.ALPR_EXPORT);
  }

  @Test
  void refusesASearchForAProhibitedUseAndAuditsTheRefusalPolicyU2() {
    HttpResponse<String> answer =
        detective.get(
            "/api/reads?plate=7ABC123&purpose=law-enforcement&caseNumber=X-1"
                + "&crimeType="
                + encode("immigration status check"),
            JSON);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("immigration enforcement", "POLICY U2");
    assertThat(answer.body()).doesNotContain(readAtG1.toString());
    AuditEntry e = last();
    assertThat(e.action()).isEqualTo(AuditAction.ALPR_REFUSED);
    assertThat(e.access().crimeType()).isEqualTo("immigration status check");
  }

  @Test
  void aLawEnforcementSearchRecordsTheAgencyCaseAndCrimeTypePolicyT4() {
    HttpResponse<String> without =
        detective.get("/api/reads?plate=7ABC123&purpose=law-enforcement", JSON);
    HttpResponse<String> with =
        detective.get(
            "/api/reads?plate=7ABC123&purpose=law-enforcement&caseNumber=SJ-2026-0042"
                + "&crimeType=burglary",
            JSON);

    assertThat(without.statusCode()).isEqualTo(400);
    assertThat(without.body()).contains("case number and a crime type");
    assertThat(with.statusCode()).isEqualTo(200);
    assertThat(with.body()).contains(readAtG1.toString(), readAtG2.toString());
    AuditEntry e = last();
    assertThat(e.department()).isEqualTo("San Jose Police Department");
    assertThat(e.access().caseNumber()).isEqualTo("SJ-2026-0042");
    assertThat(e.access().crimeType()).isEqualTo("burglary");
  }

  @Test
  void aUserWhoseTrainingLapsedLogsInButSeesNoPlatesPolicyA4() {
    assertThat(lapsed.get("/", HTML).statusCode()).as("logged in").isEqualTo(200);

    HttpResponse<String> page =
        lapsed.get("/search?plate=7ABC123&purpose=parking-enforcement", HTML);
    HttpResponse<String> api =
        lapsed.get("/api/reads?plate=7ABC123&purpose=parking-enforcement", JSON);

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("training").doesNotContain(readAtG1.toString());
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.body()).doesNotContain("7ABC123\"");
  }

  @Test
  void aReadOutsideTheScopeGetsTheSameAnswerAsAReadThatDoesNotExistPolicyA6() {
    HttpResponse<String> outOfScope =
        operator.get("/reads/" + readAtG2 + "?purpose=parking-enforcement", HTML);
    HttpResponse<String> missing =
        operator.get("/reads/" + UUID.randomUUID() + "?purpose=parking-enforcement", HTML);
    HttpResponse<String> inScope =
        operator.get("/reads/" + readAtG1 + "?purpose=parking-enforcement", HTML);

    assertThat(outOfScope.statusCode()).isEqualTo(404).isEqualTo(missing.statusCode());
    assertThat(main(outOfScope.body())).isEqualTo(main(missing.body()));
    assertThat(inScope.statusCode()).isEqualTo(200);
    assertThat(inScope.body()).contains("id=\"read-plate\">7ABC123<");
    HttpResponse<String> search =
        operator.get("/api/reads?plate=7ABC123&purpose=parking-enforcement", JSON);
    assertThat(search.body()).contains(readAtG1.toString()).doesNotContain(readAtG2.toString());
  }

  @Test
  void injectionInEverySearchFieldIsStoredAsTypedAndShownEscaped() {
    String attack = "<script>alert(1)</script>' OR '1'='1' --";
    for (String field : List.of("plate", "garage", "from", "to", "caseNumber", "crimeType")) {
      String query =
          (field.equals("plate") ? "" : "plate=7ABC123&")
              + "purpose=parking-enforcement&"
              + field
              + "="
              + encode(attack);
      HttpResponse<String> page = operator.get("/search?" + query, HTML);

      assertThat(page.statusCode()).as(field).isIn(200, 400);
      assertThat(page.body()).as(field).doesNotContain("<script>alert(1)</script>");
    }
    HttpResponse<String> api =
        operator.get("/api/reads?purpose=parking-enforcement&plate=" + encode(attack), JSON);
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.body()).contains("letters and digits");

    for (String field : List.of("from", "to", "username", "action", "purpose", "terms")) {
      HttpResponse<String> filtered = detective.get("/audit?" + field + "=" + encode(attack), HTML);
      assertThat(filtered.statusCode()).as("audit filter " + field).isEqualTo(200);
      assertThat(filtered.body()).as(field).doesNotContain("<script>alert(1)</script>");
    }
    HttpResponse<String> logons = detective.get("/logons?username=" + encode(attack), HTML);
    assertThat(logons.statusCode()).isEqualTo(200);
    assertThat(logons.body()).doesNotContain("<script>alert(1)</script>");
    HttpResponse<String> audit = detective.get("/audit?terms=" + encode("<script>"), HTML);
    assertThat(audit.body())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>");
    assertThat(new StoredEvents(database.raw()).count("G1")).isEqualTo(1);
    List<AuditRecord> refused =
        unitOfWork.reading(() -> trail.readAll()).stream()
            .filter(r -> r.entry().access().terms() != null)
            .filter(r -> r.entry().access().terms().contains(attack))
            .toList();
    assertThat(refused).as("the terms are kept exactly as typed").isNotEmpty();
  }

  private PortalHttp loggedIn(String username) {
    PortalHttp browser = new PortalHttp(server.getURI());
    browser.logIn(username, Accounts.PASSWORD, Accounts.SECRET, clock);
    return browser;
  }

  private UUID ingestRead(String garage, String token, String namespace, String plate) {
    String event =
        Batches.event(
            namespace,
            1,
            "plate_read",
            "{\"plate\":\""
                + plate
                + "\",\"lane\":\"entry-1\",\"camera\":\"cam-1\",\"confidence\":0.93}");
    HttpResponse<String> answer =
        new PortalHttp(server.getURI())
            .postJson("/api/garages/" + garage + "/events", token, Batches.of(event));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Batches.id(namespace, 1);
  }

  private AuditEntry last() {
    List<AuditRecord> all = unitOfWork.reading(() -> trail.readAll());
    return all.get(all.size() - 1).entry();
  }

  private static String main(String html) {
    return html.substring(html.indexOf("<main>"), html.indexOf("</main>"));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
