package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openparcs.db.DatabaseFactory;
import org.openparcs.db.EmbeddedMariaDb;
import org.openparcs.portal.audit.application.AnchorAuditTrail;
import org.openparcs.portal.audit.infrastructure.VerifyAuditTrailCommand;
import org.openparcs.portal.user.model.Role;

/**
 * The audit trail as an outside auditor sees it, over real HTTP and the real database: filter,
 * random sample and CSV export, the export audited (POLICY T3); records the database refuses to
 * change or remove (T2); and a verify page that shows an edit made behind the portal's back (T1,
 * T3). The tests run in order: the last one breaks the chain.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailIT {

  private static final String HTML = "text/html";

  @Inject EmbeddedServer server;
  @Inject TestClock clock;
  @Inject Accounts accounts;
  @Inject AnchorAuditTrail anchor;
  @Inject DatabaseFactory.PooledDatabase database;

  private PortalHttp auditor() {
    PortalHttp browser = new PortalHttp(server.getURI());
    browser.logIn("outside.auditor", Accounts.PASSWORD, Accounts.SECRET, clock);
    return browser;
  }

  @Test
  @Order(1)
  void anOutsideAuditorFiltersSamplesAndExportsTheTrailAndTheExportIsAuditedPolicyT3() {
    accounts.create("outside.auditor", "City Auditor's Office", Role.EXTERNAL_AUDITOR, false);
    for (int i = 0; i < 6; i++) {
      new PortalHttp(server.getURI()).logIn("intruder" + i, "guess");
    }
    PortalHttp auditor = auditor();

    HttpResponse<String> filtered = auditor.get("/audit?username=intruder3", HTML);
    assertThat(filtered.body()).contains("1 record(s)", "intruder3").doesNotContain("intruder4");
    HttpResponse<String> logons = auditor.get("/logons", HTML);
    assertThat(logons.body()).contains("LOGIN_FAILED", "UNKNOWN_USER", "LOGIN_SUCCEEDED");
    HttpResponse<String> sample = auditor.get("/audit/sample?action=LOGIN_FAILED&size=3", HTML);
    assertThat(sample.body()).contains("3 record(s)");

    HttpResponse<String> csv = auditor.get("/audit/export.csv?action=LOGIN_FAILED", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"audit-trail.csv\"");
    assertThat(csv.body().lines().count()).isEqualTo(1 + 6);
    HttpResponse<String> afterwards = auditor.get("/audit?action=AUDIT_EXPORTED", HTML);
    assertThat(afterwards.body()).contains("outside.auditor", "City Auditor&#39;s Office");
    HttpResponse<String> sampled = auditor.get("/audit?action=AUDIT_SAMPLED", HTML);
    assertThat(sampled.body()).contains("1 record(s)");
  }

  @Test
  @Order(2)
  void theTrailOutlivesTheDataItDescribesAndCannotBeChangedOrRemovedPolicyT2() throws SQLException {
    accounts.trainCoordinator();
    String read = Batches.event("t2", 1, "plate_read", "{\"plate\":\"T2PLATE\",\"lane\":\"e-1\"}");
    new PortalHttp(server.getURI())
        .postJson("/api/garages/G1/events", "test-token-garage-one-0001", Batches.of(read));
    PortalHttp coordinator = new PortalHttp(server.getURI());
    coordinator.logInAsCoordinator(clock);
    coordinator.get("/search?plate=T2PLATE&purpose=parking-enforcement", HTML);
    try (Connection c = database.raw().getConnection();
        Statement s = c.createStatement()) {
      // The reads are purged (retention), as they will be: their audit records stay.
      s.executeUpdate("DELETE FROM received_event");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_record"))
          .hasMessageContaining("cannot be removed");
      assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_record SET username = 'x'"))
          .hasMessageContaining("cannot be changed");
    }
    HttpResponse<String> verify = auditor().get("/audit/verify", HTML);
    assertThat(verify.headers().firstValue("X-Audit-Chain")).contains("intact");
    assertThat(verify.body()).contains("The audit chain is intact");
    assertThat(auditor().get("/audit?terms=T2PLATE", HTML).body())
        .contains("ALPR_SEARCH", "plate=T2PLATE");
  }

  @Test
  @Order(3)
  void anEditBehindThePortalsBackShowsOnTheVerifyPagePolicyT3() throws SQLException {
    assertThat(anchor.anchor()).isPresent();
    try (Connection c = database.raw().getConnection();
        Statement s = c.createStatement()) {
      // What a database administrator could do: drop the guard and edit a record.
      s.execute("DROP TRIGGER audit_record_no_update");
      s.executeUpdate(
          "UPDATE audit_record SET username = 'someone-else' WHERE username = 'intruder2'");
    }

    HttpResponse<String> verify = auditor().get("/audit/verify", HTML);

    assertThat(verify.headers().firstValue("X-Audit-Chain")).contains("broken");
    assertThat(verify.body()).contains("BROKEN at record", "edited");
    HttpResponse<String> api = auditor().get("/api/audit/verify", "application/json");
    assertThat(api.body()).contains("\"intact\":false");

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int exit =
        VerifyAuditTrailCommand.run(
            Map.of(
                "parcs.db.embedded", "false",
                "parcs.db.url", database.raw().getJdbcUrl(),
                "parcs.db.user", EmbeddedMariaDb.shared().user(),
                "parcs.db.password", EmbeddedMariaDb.shared().password()),
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertThat(exit).as("the verify command fails on a broken trail").isEqualTo(2);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("audit trail BROKEN at record");
  }
}
