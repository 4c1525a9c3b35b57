package org.openparcs.controller.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.count;
import static org.openparcs.controller.GarageTestSupport.post;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.bench.JdbcRowSink;
import org.openparcs.controller.bench.TrafficGenerator;
import org.openparcs.controller.bench.TrafficReport;
import org.openparcs.controller.tariff.application.PublishTariff;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * An auditor over HTTP: reconciles a period, reads the findings and their evidence, records a
 * disposition, and exports the revenue report as JSON, CSV and PDF; everything reaches the outbox.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationApiIT implements TestPropertyProvider {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final List<IoModuleSimulator> sims =
      IntStream.range(0, 4)
          .mapToObj(i -> IoModuleSimulator.start(SimulatedLane.standard("l" + i), 0))
          .toList();

  @Inject EmbeddedServer server;
  @Inject org.openparcs.controller.operator.application.OperatorSessions operatorSessions;
  @Inject PooledDatabase database;
  @Inject PlateCipher cipher;
  @Inject PlateLookup lookup;
  @Inject PublishTariff publishTariff;
  @Inject JsonMapper json;

  private URI base;
  private DataSource db;
  private TrafficReport traffic;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = GeneratedGarage.lanes(sims);
    p.put("parcs.garage.id", "garage-api");
    return p;
  }

  @BeforeAll
  void generate() throws Exception {
    base = server.getURI();
    db = database.raw();
    publishTariff.publish(GeneratedGarage.tariff());
    try (Connection c = db.getConnection()) {
      traffic =
          TrafficGenerator.generate(
              GeneratedGarage.plan("garage-api", 60, 1, 7),
              new JdbcRowSink(c, 500, cipher, lookup));
    }
  }

  @AfterAll
  void stop() {
    sims.forEach(IoModuleSimulator::close);
  }

  @Test
  void aReconciliationOnDemandRaisesFindingsWithEvidenceAndReportsThem() throws Exception {
    HttpResponse<String> run = post(base, "/api/reconciliations", "application/json", period());

    assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
    assertThat(run.body()).contains("\"trigger\":\"ON_DEMAND\"", "\"raised\":");
    List<Map<String, Object>> findings = findings("");
    assertThat(findings).hasSizeGreaterThanOrEqualTo(traffic.injected());
    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(f).containsKeys("severity", "amountAtRisk", "evidence", "summary");
              assertThat(f.get("disposition")).isIn("OPEN", "CONFIRMED_LOSS");
            });
    assertThat(count(db, "SELECT COUNT(*) FROM outbox WHERE event_type='reconciliation_finding'"))
        .isEqualTo(findings.size());
    assertThat(count(db, "SELECT COUNT(*) FROM outbox WHERE event_type='reconciliation_run'"))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void anAuditorsDispositionIsKeptInTheFindingsHistoryAndReported() throws Exception {
    post(base, "/api/reconciliations", "application/json", period());
    String id = (String) findings("&rule=TAILGATING").get(0).get("id");

    HttpResponse<String> r =
        post(
            base,
            "/api/findings/" + id + "/disposition",
            "application/json",
            "{\"disposition\":\"CONFIRMED_LOSS\",\"note\":\"second car on the video\","
                + "\"auditor\":\"a.auditor\"}");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    HttpResponse<String> one = get("/api/findings/" + id);
    assertThat(one.body())
        .contains("\"disposition\":\"CONFIRMED_LOSS\"", "second car on the video", "a.auditor");
    assertThat(count(db, "SELECT COUNT(*) FROM outbox WHERE event_type='finding_disposition'"))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void badRequestsAreRefusedWithASentence() {
    assertThat(
            post(
                    base,
                    "/api/findings/00000000-0000-7000-8000-000000000000/disposition",
                    "application/json",
                    "{\"disposition\":\"FALSE_POSITIVE\",\"note\":\"n\",\"auditor\":\"a\"}")
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> badKind =
        post(
            base,
            "/api/findings/00000000-0000-7000-8000-000000000000/disposition",
            "application/json",
            "{\"disposition\":\"SHRUG\",\"note\":\"n\",\"auditor\":\"a\"}");
    assertThat(badKind.statusCode()).isEqualTo(400);
    HttpResponse<String> backwards =
        post(
            base,
            "/api/reconciliations",
            "application/json",
            "{\"from\":\"2026-03-10T00:00:00Z\",\"to\":\"2026-03-01T00:00:00Z\"}");
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(backwards.body()).contains("ends after it starts");
    assertThat(get("/api/revenue?" + query() + "&format=xls").statusCode()).isEqualTo(400);
  }

  @Test
  void theRevenueReportComparesExpectedWithCollectedInEveryFormat() throws Exception {
    HttpResponse<String> r = get("/api/revenue?" + query());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Map<?, ?> report = json.readValue(r.body(), Map.class);
    assertThat(((Number) report.get("expected")).longValue()).isPositive();
    assertThat(((Number) report.get("collected")).longValue()).isPositive();
    assertThat(r.body())
        .contains(
            "\"dimension\":\"DAY\"",
            "\"dimension\":\"LANE\"",
            "\"dimension\":\"METHOD\"",
            "\"dimension\":\"CASHIER\"");

    HttpResponse<String> csv = get("/api/revenue?" + query() + "&format=csv");
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body())
        .startsWith("dimension,key,expected,collected,gap,currency")
        .contains("TOTAL,", "\r\nDAY,2026-03-08,");

    HttpResponse<byte[]> pdf =
        HTTP.send(
            HttpRequest.newBuilder(base.resolve("/api/revenue?" + query() + "&format=pdf")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Revenue report", "By day", "By cashier", "2026-03-08");
    }
  }

  private String period() {
    return "{\"from\":\""
        + traffic.period().from()
        + "\",\"to\":\""
        + traffic.period().to()
        + "\"}";
  }

  private String query() {
    return "from=" + traffic.period().from() + "&to=" + traffic.period().to();
  }

  private List<Map<String, Object>> findings(String filter) throws Exception {
    HttpResponse<String> r = get("/api/findings?" + query() + "&limit=10000" + filter);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json.readValue(r.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
  }

  private HttpResponse<String> get(String path) {
    return GarageTestSupport.get(base, path, viewer());
  }

  private String viewerToken;

  /** An operator session of this garage: the findings need one (POLICY A5). */
  private String viewer() {
    if (viewerToken == null) {
      viewerToken = GarageTestSupport.operatorToken(operatorSessions, "garage-api", "Vera Viewer");
    }
    return viewerToken;
  }
}
