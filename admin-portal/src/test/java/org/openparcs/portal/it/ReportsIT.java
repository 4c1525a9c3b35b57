package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.portal.user.model.Role;

/**
 * The reports over real HTTP and MariaDB: the breach notice draft (K2), the annual data usage
 * report as page, CSV and PDF (K4) and the public transparency page (K5).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsIT {

  private static final String HTML = "text/html";
  private static final String G1_TOKEN = "test-token-garage-one-0001";

  @Inject EmbeddedServer server;
  @Inject TestClock clock;
  @Inject Accounts accounts;

  private PortalHttp coordinator;
  private int year;

  @BeforeAll
  void readsCorrectionsAndASearch() {
    accounts.trainCoordinator();
    accounts.create("searcher.sue", "Parking Enforcement", Role.OPERATOR, true, "G1");
    coordinator = new PortalHttp(server.getURI());
    coordinator.logInAsCoordinator(clock);
    year = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
    String read = "{\"plate\":\"RPT%d\",\"lane\":\"entry-1\",\"camera\":\"cam-1\"}";
    ingest(
        Batches.eventAt("rep", 1, "plate_read", clock.instant(), read.formatted(1)),
        Batches.eventAt("rep", 2, "plate_read", clock.instant(), read.formatted(2)),
        Batches.eventAt("rep", 3, "plate_read", clock.instant(), read.formatted(3)),
        Batches.eventAt("rep", 4, "plate_read", clock.instant(), read.formatted(4)),
        Batches.eventAt(
            "rep",
            5,
            "plate_correction",
            clock.instant(),
            "{\"originalPlate\":\"RPT4\",\"correctedPlate\":\"RPT7\",\"lane\":\"entry-1\","
                + "\"camera\":\"cam-1\"}"));
    PortalHttp sue = new PortalHttp(server.getURI());
    sue.logIn("searcher.sue", Accounts.PASSWORD, Accounts.SECRET, clock);
    assertThat(sue.get("/search?plate=RPT1&purpose=parking-enforcement", HTML).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theAnnualReportCountsReadsHitsAccessesAndAccuracyAsPageCsvAndPdfPolicyK4()
      throws IOException {
    HttpResponse<String> page = coordinator.get("/reports/annual?year=" + year, HTML);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "report-reads\">4<", "ALPR_SEARCH", "75.00 % (1 of 4 reads corrected by operators)")
        .contains("Reads by location", "<svg");

    HttpResponse<String> csv = coordinator.get("/reports/annual.csv?year=" + year, "text/csv");
    assertThat(csv.body())
        .contains("location,\"G1\",\"entry-1\",\"cam-1\",\"\",4,0,1")
        .contains("records accessed,\"ALPR_SEARCH\"");

    HttpResponse<byte[]> pdf = coordinator.getBytes("/reports/annual.pdf?year=" + year);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains(
              "Annual ALPR Data Usage Report " + year, "Reads by location", "Accuracy: 75.00");
    }
    assertThat(coordinator.get("/reports/annual?year=" + (year - 1), HTML).body())
        .contains("no corrections recorded");
    assertThat(coordinator.get("/reports/annual?year=19x", HTML).statusCode()).isEqualTo(400);
  }

  @Test
  void aBreachNoticeDraftHasTheRequiredHeadingsFilledFromTheAuditTrailPolicyK2() {
    Map<String, String> form = new HashMap<>();
    form.put("from", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1).toString());
    form.put("to", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
    form.put("whatHappened", "A workstation with an export was stolen.");
    form.put("contact", "Parking Division, (408) 555-0100");
    form.put("csrfToken", PortalHttp.csrfToken(coordinator.get("/reports", HTML).body()));

    HttpResponse<String> draft = coordinator.postForm("/reports/breach", form);

    assertThat(draft.statusCode()).isEqualTo(200);
    assertThat(draft.body())
        .containsSubsequence(
            "Notification of Data Breach",
            "What Happened",
            "What Information Was Involved",
            "What We Are Doing",
            "What You Can Do",
            "For More Information")
        .contains("4 plate read(s)", "1 ALPR_SEARCH", "accesses by Parking Enforcement")
        .as("the terms searched, sealed since V80 (POLICY K1), opened to be counted")
        .contains("covering 1 distinct plate(s) or search term(s)")
        .contains("law-enforcement investigation: no");
  }

  @Test
  void theTransparencyPageShowsAggregatesWithoutLogOnAndNoPlateOrUserPolicyK5() {
    HttpResponse<String> page = new PortalHttp(server.getURI()).get("/transparency", HTML);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("San José council policy", "90 days", "Enforcement of parking rules")
        .contains("immigration enforcement", "ALPR_SEARCH", "Main Street Garage");
    assertThat(page.body())
        .doesNotContain(
            "RPT1", "RPT2", "RPT7", "searcher.sue", "coord<", ">coord", "Test Coordinator");
  }

  private void ingest(String... events) {
    HttpResponse<String> answer =
        new PortalHttp(server.getURI())
            .postJson("/api/garages/G1/events", G1_TOKEN, Batches.of(events));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }
}
