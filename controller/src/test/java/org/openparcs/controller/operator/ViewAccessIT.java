package org.openparcs.controller.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.count;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.operator.application.OperatorSessions;
import org.openparcs.controller.operator.model.OperatorIdentity;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import org.openparcs.db.EmbeddedMariaDb;
import org.openparcs.identity.MachineKeys;
import org.openparcs.identity.SignedRequests;
import org.openparcs.identity.SigningKey;

/**
 * The garage's views of plate data and its permits answer only an operator session of this garage
 * or a request signed by the portal (POLICY A5, K1), record each plate-revealing access (T1), and
 * the console sessions behind them survive a restart of the controller against the same database.
 * One garage database; the application context is started twice on it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ViewAccessIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String GARAGE = "garage-views";
  private static final List<String> VIEWS =
      List.of(
          "/api/lanes",
          "/api/lanes/lane-v/exceptions",
          "/api/exceptions?limit=5",
          "/api/reads?limit=5",
          "/api/reads/pending",
          "/api/reads/accuracy",
          "/api/frames/" + UUID.randomUUID(),
          "/api/permits",
          "/api/findings?from=2026-01-01&to=2026-01-02",
          "/api/findings/" + UUID.randomUUID());

  private final KeyPair portalKey = MachineKeys.generate();
  private final SigningKey portal = new SigningKey("test-portal-1", portalKey.getPrivate());
  private final String database = "viewauth_" + Long.toString(System.nanoTime(), 36);
  private IoModuleSimulator io;
  private ApplicationContext context;
  private URI base;
  private String operatorToken;
  private String csrfBeforeRestart;

  @BeforeAll
  void start() {
    io = IoModuleSimulator.start(SimulatedLane.standard("lane-v"), 0);
    EmbeddedMariaDb.shared().createDatabase(database);
    startController();
  }

  @AfterAll
  void stop() {
    if (context != null) {
      context.close();
    }
    if (io != null) {
      io.close();
    }
  }

  private void startController() {
    EmbeddedMariaDb server = EmbeddedMariaDb.shared();
    Map<String, Object> p = new HashMap<>();
    p.put("parcs.db.embedded", "false");
    p.put("parcs.db.url", server.jdbcUrl(database));
    p.put("parcs.db.user", server.user());
    p.put("parcs.db.password", server.password());
    p.put("parcs.garage.id", GARAGE);
    GarageTestSupport.lane("lane-v", "ENTRY", io, "cam-v").forEach(p::put);
    p.put(
        "parcs.identity.portal-keys",
        "test-portal-1=" + MachineKeys.publicText(portalKey.getPublic()));
    context = ApplicationContext.run(EmbeddedServer.class, p, "test").getApplicationContext();
    base = context.getBean(EmbeddedServer.class).getURI();
  }

  private DataSource db() {
    return context.getBean(PooledDatabase.class).raw();
  }

  private OperatorSessions sessions() {
    return context.getBean(OperatorSessions.class);
  }

  @Test
  @Order(1)
  void refusesEveryViewWithoutASessionOrAPortalSignature() {
    for (String view : VIEWS) {
      assertThat(get(view, Map.of()).statusCode()).as(view).isEqualTo(401);
      assertThat(get(view, Map.of("Authorization", "Bearer not-a-session")).statusCode())
          .as(view)
          .isEqualTo(401);
    }
    HttpResponse<String> r = get("/api/reads", Map.of());
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(r.body()).contains("/console/login").doesNotContain("Exception");
    assertThat(post("/api/permits", permit("4VIEW01"), Map.of()).statusCode()).isEqualTo(401);
  }

  @Test
  @Order(2)
  void refusesASessionOfAnotherGarageOrOfAUserWhoIsNotAGarageOperatorPolicyA5() {
    String otherGarage = bearerOf("garage-elsewhere", Set.of("OPERATOR"));
    String auditor = bearerOf(GARAGE, Set.of("REVENUE_AUDITOR"));

    for (String view : VIEWS) {
      HttpResponse<String> r = get(view, Map.of("Authorization", "Bearer " + otherGarage));
      assertThat(r.statusCode()).as(view).isEqualTo(403);
      assertThat(r.body()).contains("garage-elsewhere");
      assertThat(get(view, Map.of("Authorization", "Bearer " + auditor)).statusCode())
          .as(view)
          .isEqualTo(403);
    }
    assertThat(
            post(
                    "/api/lanes/lane-v/mode",
                    "{\"mode\":\"NORMAL\",\"reason\":\"x\"}",
                    Map.of("Authorization", "Bearer " + auditor))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  @Order(3)
  void showsTheViewsToAnOperatorOfThisGarageAndRecordsEachPlateRevealingAccessPolicyT1() {
    operatorToken = bearerOf(GARAGE, Set.of("OPERATOR"));
    Map<String, String> auth = Map.of("Authorization", "Bearer " + operatorToken);

    assertThat(get("/api/lanes", auth).statusCode()).isEqualTo(200);
    assertThat(get("/api/reads?limit=5", auth).statusCode()).isEqualTo(200);
    assertThat(get("/api/permits", auth).statusCode()).isEqualTo(200);
    assertThat(post("/api/permits", permit("4VIEW02"), auth).statusCode()).isEqualTo(201);

    assertThat(accesses("Olga Op", "GET", "/api/reads?limit=5")).isEqualTo(1);
    assertThat(accesses("Olga Op", "GET", "/api/permits")).isEqualTo(1);
    assertThat(accesses("Olga Op", "POST", "/api/permits")).isEqualTo(1);
    assertThat(accesses("Olga Op", "GET", "/api/lanes")).as("shows no plate").isZero();
    assertThat(
            GarageTestSupport.string(
                db(),
                "SELECT CONCAT(department, '|', via, '|', ip, '|', purpose) FROM plate_data_access"
                    + " WHERE viewer = 'Olga Op' AND resource = '/api/reads'"))
        .as("the purpose the session was opened for (POLICY T1)")
        .isEqualTo("Parking|session|127.0.0.1|garage-access");
    assertThat(
            GarageTestSupport.outboxPayloads(db(), "plate_data_access").stream()
                .filter(payload -> payload.contains("Olga Op")))
        .hasSize(3);
    assertThat(count(db(), "SELECT COUNT(*) FROM plate_data_access WHERE viewer <> 'Olga Op'"))
        .as("refused requests are not accesses")
        .isZero();
  }

  @Test
  @Order(7)
  void keepsAPlateSearchedInAViewSealedInTheAccessRecordPolicyK1() {
    Map<String, String> auth =
        Map.of("Authorization", "Bearer " + bearerOf(GARAGE, Set.of("OPERATOR")));

    assertThat(get("/api/permits?plate=4VIEW02", auth).statusCode()).isEqualTo(200);

    assertThat(asked("Olga Op", "GET")).contains("/api/permits?plate=4VIEW02");
    assertThat(
            count(
                db(),
                "SELECT COUNT(*) FROM plate_data_access WHERE CONCAT_WS('|', resource, viewer,"
                    + " department, via, ip, method, purpose) LIKE '%4VIEW02%'"
                    + " OR INSTR(asked_sealed, '4VIEW02') > 0"))
        .as("no access record holds the plate searched in clear")
        .isZero();
    assertThat(
            GarageTestSupport.outboxPayloads(db(), "plate_data_access").stream()
                .filter(payload -> payload.contains("\"detail\":\"plate=4VIEW02\""))
                .toList())
        .as("the portal is told the query in a field it seals")
        .singleElement()
        .asString()
        .contains("\"resource\":\"/api/permits\"");
  }

  @Test
  @Order(4)
  void answersARequestSignedByThePortalAndNothingReplayedOrAltered() {
    Map<String, String> signed = portalHeaders("GET", "/api/reads?limit=3", new byte[0]);
    Map<String, String> withPurpose = new HashMap<>(signed);
    withPurpose.put("Parcs-Purpose", "audit of parking transactions");

    assertThat(get("/api/reads?limit=3", withPurpose).statusCode()).isEqualTo(200);
    assertThat(get("/api/reads?limit=3", withPurpose).statusCode()).as("replayed").isEqualTo(401);
    assertThat(get("/api/reads?limit=4", portalHeaders("GET", "/api/reads?limit=3", new byte[0])))
        .extracting(HttpResponse::statusCode)
        .as("signed for another query")
        .isEqualTo(401);
    assertThat(
            GarageTestSupport.string(
                db(),
                "SELECT CONCAT(viewer, '|', via, '|', purpose) FROM plate_data_access"
                    + " WHERE resource = '/api/reads' AND via = 'portal'"))
        .as("the purpose stated by its label is recorded by its id (POLICY T1)")
        .isEqualTo("portal:test-portal-1|portal|transaction-audit");

    String body = permit("4VIEW03");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertThat(
            post("/api/permits", body, portalHeaders("POST", "/api/permits", bytes)).statusCode())
        .isEqualTo(201);
    assertThat(
            post(
                    "/api/permits",
                    permit("4VIEW04"),
                    portalHeaders("POST", "/api/permits", permit("4VIEW05").getBytes()))
                .statusCode())
        .as("body altered after signing")
        .isEqualTo(401);

    KeyPair stranger = MachineKeys.generate();
    Map<String, String> forged =
        SignedRequests.sign(
            new SigningKey("test-portal-1", stranger.getPrivate()),
            "GET",
            "/api/permits",
            new byte[0],
            Instant.now());
    assertThat(get("/api/permits", forged).statusCode()).as("not the portal's key").isEqualTo(401);
  }

  @Test
  @Order(5)
  void keepsOnlyTheHashOfASessionToken() throws Exception {
    byte[] hash =
        MessageDigest.getInstance("SHA-256").digest(operatorToken.getBytes(StandardCharsets.UTF_8));
    assertThat(
            count(
                db(),
                "SELECT COUNT(*) FROM operator_session WHERE token_sha256 = ?"
                    + " AND username = 'Olga Op'",
                hash))
        .isEqualTo(1);
    assertThat(
            count(
                db(),
                "SELECT COUNT(*) FROM operator_session WHERE CONCAT_WS('|', HEX(token_sha256),"
                    + " garage_id, username, department, roles, assertion_id, ip) LIKE ?",
                "%" + operatorToken + "%"))
        .isZero();
    csrfBeforeRestart =
        get("/api/operator/session", Map.of("Authorization", "Bearer " + operatorToken)).body();
    assertThat(csrfBeforeRestart).contains("csrfToken");
  }

  @Test
  @Order(6)
  void keepsTheOperatorLoggedOnAcrossARestartUntilTheyLogOff() {
    context.close();
    context = null;
    startController();
    Map<String, String> auth = Map.of("Authorization", "Bearer " + operatorToken);

    assertThat(get("/api/reads?limit=5", auth).statusCode()).isEqualTo(200);
    assertThat(get("/api/operator/session", auth).body()).isEqualTo(csrfBeforeRestart);
    assertThat(post("/api/operator/logout", "", auth).statusCode()).isEqualTo(204);

    assertThat(get("/api/reads?limit=5", auth).statusCode()).isEqualTo(401);
    assertThat(
            count(
                db(),
                "SELECT COUNT(*) FROM operator_session WHERE username = 'Olga Op'"
                    + " AND revoked_at IS NOT NULL"))
        .isEqualTo(1);
  }

  @Test
  @Order(9)
  void recordsThePurposeAnOperatorStatesPerRequestOrChoosesAndRefusesOnesNotTheirsPolicyT1() {
    String token = bearerOf(GARAGE, Set.of("OPERATOR"));
    Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
    Map<String, String> perRequest = new HashMap<>(auth);
    perRequest.put("Parcs-Purpose", "revenue-protection");
    assertThat(get("/api/reads?limit=1", perRequest).statusCode()).isEqualTo(200);
    assertThat(lastOperatorPurpose()).isEqualTo("revenue-protection");

    Map<String, String> notTheirs = new HashMap<>(auth);
    notTheirs.put("Parcs-Purpose", "transaction-audit");
    HttpResponse<String> refused = get("/api/reads?limit=1", notTheirs);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("U1", "garage-access");

    HttpResponse<String> chosen =
        post("/api/operator/purpose", "{\"purpose\":\"parking-enforcement\"}", auth);
    assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
    assertThat(chosen.body()).contains("\"purpose\":\"parking-enforcement\"");
    assertThat(post("/api/operator/purpose", "{\"purpose\":\"curiosity\"}", auth).statusCode())
        .isEqualTo(403);
    assertThat(get("/api/reads?limit=1", auth).statusCode()).isEqualTo(200);
    assertThat(lastOperatorPurpose()).isEqualTo("parking-enforcement");
  }

  @Test
  @Order(10)
  void refusesTheViewsOfASessionOpenedWithoutAPurposePolicyU1() {
    String token =
        sessions()
            .open(
                new OperatorIdentity(
                    "Old Session",
                    "Parking",
                    UUID.randomUUID(),
                    Instant.now().plus(1, ChronoUnit.HOURS),
                    GARAGE,
                    Set.of("OPERATOR")),
                "127.0.0.1",
                null)
            .id();
    HttpResponse<String> r = get("/api/reads?limit=1", Map.of("Authorization", "Bearer " + token));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("purpose", "Parcs-Purpose");
    assertThat(get("/console/events", Map.of("Authorization", "Bearer " + token)).statusCode())
        .isEqualTo(400);
    assertThat(count(db(), "SELECT COUNT(*) FROM plate_data_access WHERE viewer = 'Old Session'"))
        .isZero();
  }

  private String lastOperatorPurpose() {
    return GarageTestSupport.string(
        db(),
        "SELECT purpose FROM plate_data_access WHERE viewer = 'Olga Op' AND via = 'session'"
            + " ORDER BY accessed_at DESC LIMIT 1");
  }

  @Test
  @Order(8)
  void refusesAPortalViewWithoutAPurposeOrWithOneTheProfileDoesNotAllowPolicyT1() {
    long before = count(db(), "SELECT COUNT(*) FROM plate_data_access WHERE via = 'portal'");
    Map<String, String> none =
        SignedRequests.sign(portal, "GET", "/api/reads?limit=2", new byte[0], Instant.now());
    HttpResponse<String> missing = get("/api/reads?limit=2", none);
    assertThat(missing.statusCode()).as("no purpose stated").isEqualTo(400);
    assertThat(missing.body()).contains("state the purpose", "garage-access", "transaction-audit");

    for (String purpose :
        List.of("curiosity", "immigration enforcement", "demo garage: simulated traffic")) {
      Map<String, String> stated =
          new HashMap<>(
              SignedRequests.sign(portal, "GET", "/api/reads?limit=2", new byte[0], Instant.now()));
      stated.put("Parcs-Purpose", purpose);
      HttpResponse<String> r = get("/api/reads?limit=2", stated);
      assertThat(r.statusCode()).as(purpose).isEqualTo(403);
      assertThat(r.body()).as(purpose).contains("POLICY U");
    }
    assertThat(count(db(), "SELECT COUNT(*) FROM plate_data_access WHERE via = 'portal'"))
        .as("a refused view is no access (nothing shown)")
        .isEqualTo(before);

    assertThat(get("/api/reads?limit=2", portalHeaders("GET", "/api/reads?limit=2", new byte[0])))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(200);
    assertThat(
            GarageTestSupport.string(
                db(),
                "SELECT purpose FROM plate_data_access WHERE via = 'portal'"
                    + " ORDER BY accessed_at DESC LIMIT 1"))
        .isEqualTo("garage-access");
  }

  private String bearerOf(String garage, Set<String> roles) {
    String name = roles.contains("OPERATOR") && garage.equals(GARAGE) ? "Olga Op" : "Someone";
    return sessions()
        .open(
            new OperatorIdentity(
                name,
                "Parking",
                UUID.randomUUID(),
                Instant.now().plus(8, ChronoUnit.HOURS),
                garage,
                roles),
            "127.0.0.1",
            "garage-access")
        .id();
  }

  /** How many times {@code viewer} asked {@code resource} (path and query, kept sealed: K1). */
  private long accesses(String viewer, String method, String resource) {
    return asked(viewer, method).stream().filter(resource::equals).count();
  }

  /** What {@code viewer} asked with {@code method}, opened (POLICY K1: the query is sealed). */
  private java.util.List<String> asked(String viewer, String method) {
    java.util.List<String> asked = new java.util.ArrayList<>();
    try (java.sql.Connection c = db().getConnection();
        java.sql.PreparedStatement ps =
            c.prepareStatement(
                "SELECT asked_sealed FROM plate_data_access WHERE viewer = ? AND method = ?")) {
      ps.setString(1, viewer);
      ps.setString(2, method);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          asked.add(GarageTestSupport.opened(rs.getBytes(1), "plate_data_access", "asked"));
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return asked;
  }

  /** Signed as the portal, stating the purpose {@code garage-access} (POLICY U1). */
  private Map<String, String> portalHeaders(String method, String pathAndQuery, byte[] body) {
    Map<String, String> headers =
        new HashMap<>(SignedRequests.sign(portal, method, pathAndQuery, body, Instant.now()));
    headers.put("Parcs-Purpose", "garage-access");
    return headers;
  }

  private static String permit(String plate) {
    return """
        {"plate":"%s","holder":"View Holder","kind":"PERMIT","validFrom":"%s","validTo":"%s"}
        """
        .formatted(
            plate, Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(1, ChronoUnit.DAYS));
  }

  private HttpResponse<String> get(String path, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).GET();
    headers.forEach(b::header);
    return send(b);
  }

  private HttpResponse<String> post(String path, String body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return send(b);
  }

  private static HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
