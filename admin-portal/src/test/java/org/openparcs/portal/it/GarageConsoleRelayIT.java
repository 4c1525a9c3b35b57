package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.db.DatabaseFactory;
import org.openparcs.identity.MachineKeys;
import org.openparcs.identity.RecentNonces;
import org.openparcs.identity.RequestVerifier;
import org.openparcs.identity.StaticKeys;
import org.openparcs.identity.TrustedKey;
import org.openparcs.portal.user.model.Role;

/**
 * The garage console in the portal (issue 5) against a stand-in garage on real HTTP that checks the
 * portal's signature with the portal's public key, as a garage does: an operator of the garage gets
 * the garage's live view relayed, its frames proxied and its actions sent signed with the portal's
 * order key, naming the user in the signed query; each is audited at the portal (POLICY T1). A user
 * whose scopes do not include the garage gets the same answer as for no garage and nothing reaches
 * the garage (A5, A6); an action without the page's CSRF token or without a reason is refused
 * before it is sent; a garage that cannot be reached is said in one sentence, while another garage
 * keeps working.
 */
@MicronautTest(environments = "identity", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GarageConsoleRelayIT implements TestPropertyProvider {

  private static final Pattern CSRF_META =
      Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};

  @Inject EmbeddedServer server;
  @Inject DatabaseFactory.PooledDatabase database;
  @Inject Accounts accounts;
  @Inject TestClock clock;

  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private HttpServer garage;
  private RequestVerifier verifier;

  /** What the stand-in garage received, and whether the portal's signature verified. */
  record Seen(String method, String pathAndQuery, String body, String verdict) {}

  @Override
  public Map<String, String> getProperties() {
    try {
      garage = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    garage.createContext("/", this::answer);
    garage.start();
    return Map.of(
        "parcs.portal.consoles.G7.url",
        "http://127.0.0.1:" + garage.getAddress().getPort(),
        "parcs.portal.consoles.G8.url",
        "http://127.0.0.1:" + closedPort(),
        "parcs.portal.consoles.G8.timeout",
        "2s");
  }

  @BeforeAll
  void keys() throws Exception {
    verifier =
        new RequestVerifier(
            new StaticKeys(
                List.of(
                    new TrustedKey(
                        "portal-test",
                        "portal",
                        MachineKeys.publicKey(
                            Files.readString(Path.of("src/test/resources/identity/portal-test.pub"))
                                .strip()),
                        true))),
            new RecentNonces(Duration.ofMinutes(5)),
            Duration.ofMinutes(5),
            Clock.systemUTC());
    accounts.create("cons.g7", "Parking Ops", Role.OPERATOR, true, "G7");
    accounts.create("cons.g7b", "Parking Ops", Role.OPERATOR, true, "G7");
    accounts.create("cons.g1", "Parking Ops", Role.OPERATOR, true, "G1");
    accounts.create("cons.g8", "Parking Ops", Role.OPERATOR, true, "G8");
    accounts.create("cons.untrained", "Parking Ops", Role.OPERATOR, false, "G7");
  }

  @AfterAll
  void stopGarage() {
    if (garage != null) {
      garage.stop(0);
    }
  }

  @Test
  void relaysTheGaragesLiveViewSignedForTheOperatorAndAuditsTheAccess() {
    PortalHttp browser = loggedIn("cons.g7");

    HttpResponse<String> page = browser.get("/garages/G7/console", "text/html");
    HttpResponse<String> events = browser.get("/garages/G7/console/events", "text/event-stream");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"lanes\"").contains("garage-console.js");
    assertThat(events.statusCode()).isEqualTo(200);
    assertThat(events.body()).contains("event: console").contains("\"lane-1\"");
    Seen live = last("/console/events");
    assertThat(live.method()).isEqualTo("GET");
    assertThat(live.pathAndQuery())
        .isEqualTo("/console/events?operator=cons.g7&operatorDepartment=Parking%20Ops");
    assertThat(live.verdict()).isEqualTo("verified by portal-test");
    assertThat(
            sql()
                .count(
                    "SELECT COUNT(*) FROM audit_record WHERE username = 'cons.g7'"
                        + " AND action = 'GARAGE_CONSOLE_VIEW' AND purpose <> 'garage-access'"))
        .as("POLICY T1 at the portal, with the purpose stated to the garage")
        .isZero();
    assertThat(sql().auditDetails("GARAGE_CONSOLE_VIEW", "cons.g7"))
        .containsOnlyOnce("console of garage G7: live view");
  }

  @Test
  void proxiesAFrameWithoutKeepingIt() {
    PortalHttp browser = loggedIn("cons.g7");
    String frame = UUID.randomUUID().toString();

    HttpResponse<byte[]> image = browser.getBytes("/garages/G7/console/frames/" + frame);

    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.body()).isEqualTo(JPEG);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(image.headers().firstValue("Cache-Control")).hasValue("private, no-store");
    assertThat(last("/api/frames/" + frame).verdict()).isEqualTo("verified by portal-test");
  }

  @Test
  void relaysACorrectionSignedForTheOperatorOnlyWithThePagesCsrfTokenAndAReason() {
    PortalHttp browser = loggedIn("cons.g7");
    String token = csrf(browser.get("/garages/G7/console", "text/html").body());
    String exception = UUID.randomUUID().toString();
    byte[] correction =
        ("{\"exceptionId\":\""
                + exception
                + "\",\"plate\":\"4wxy375\","
                + "\"reason\":\"read from the image\"}")
            .getBytes(StandardCharsets.UTF_8);
    int before = seen.size();

    HttpResponse<String> noToken =
        browser.postJson("/garages/G7/console/corrections", null, correction);
    HttpResponse<String> noReason =
        browser.postJson(
            "/garages/G7/console/corrections",
            null,
            ("{\"exceptionId\":\"" + exception + "\",\"plate\":\"4WXY375\",\"reason\":\" \"}")
                .getBytes(StandardCharsets.UTF_8),
            Map.of("X-CSRF-Token", token));

    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("a reason is required");
    assertThat(seen).as("nothing sent to the garage").hasSize(before);

    HttpResponse<String> corrected =
        browser.postJson(
            "/garages/G7/console/corrections", null, correction, Map.of("X-CSRF-Token", token));

    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    assertThat(corrected.body()).contains("\"correctedText\":\"4WXY375\"");
    Seen sent = last("/api/reads/corrections");
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.pathAndQuery()).contains("operator=cons.g7");
    assertThat(sent.verdict()).isEqualTo("verified by portal-test");
    assertThat(sent.body())
        .isEqualTo(
            "{\"exceptionId\":\""
                + exception
                + "\",\"plate\":\"4WXY375\","
                + "\"reason\":\"read from the image\"}");
    assertThat(sql().auditDetails("GARAGE_CONSOLE_ACTION", "cons.g7"))
        .containsExactly(
            "plate correction of exception "
                + exception
                + ": read from the image (garage answered 200)");
  }

  @Test
  void aGarageOutsideTheUsersScopesAnswersLikeNoGarageAndNothingReachesIt() {
    PortalHttp browser = loggedIn("cons.g1");
    String token = csrf(browser.get("/", "text/html").body());
    int before = seen.size();

    HttpResponse<String> page = browser.get("/garages/G7/console", "text/html");
    HttpResponse<String> none = browser.get("/garages/NO-SUCH-GARAGE/console", "text/html");
    HttpResponse<String> events = browser.get("/garages/G7/console/events", "text/event-stream");
    HttpResponse<byte[]> frame =
        browser.getBytes("/garages/G7/console/frames/" + UUID.randomUUID());
    HttpResponse<String> mode =
        browser.postJson(
            "/garages/G7/console/lanes/lane-1/mode",
            null,
            "{\"mode\":\"HELD_OPEN\",\"reason\":\"not mine\"}".getBytes(StandardCharsets.UTF_8),
            Map.of("X-CSRF-Token", token));

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(problem(page.body())).isEqualTo(problem(none.body())).isEqualTo("no such garage");
    assertThat(events.statusCode()).isEqualTo(404);
    assertThat(frame.statusCode()).isEqualTo(404);
    assertThat(mode.statusCode()).isEqualTo(404);
    assertThat(seen).as("nothing sent to the garage").hasSize(before);
  }

  @Test
  void aUserWhoIsNoOperatorOrWhoseTrainingLapsedIsRefused() {
    PortalHttp untrained = loggedIn("cons.untrained");
    PortalHttp coordinator = new PortalHttp(URI.create("http://127.0.0.1:" + server.getPort()));
    coordinator.logInAsCoordinator(clock);

    assertThat(untrained.get("/garages/G7/console", "text/html").statusCode()).isEqualTo(403);
    assertThat(coordinator.get("/garages/G7/console", "text/html"))
        .satisfies(r -> assertThat(r.statusCode()).isEqualTo(403))
        .satisfies(r -> assertThat(r.body()).contains("for its garage operators"));
  }

  @Test
  void saysInOneSentenceThatAGarageCannotBeReachedWhileAnotherKeepsWorking() {
    PortalHttp browser = loggedIn("cons.g8");
    PortalHttp another = loggedIn("cons.g7b");
    String token = csrf(browser.get("/garages/G8/console", "text/html").body());

    HttpResponse<String> away = browser.get("/garages/G8/console/events", "text/event-stream");
    HttpResponse<String> vend =
        browser.postJson(
            "/garages/G8/console/lanes/lane-1/vend",
            null,
            "{\"plate\":\"7ABC123\",\"reason\":\"permit checked\"}"
                .getBytes(StandardCharsets.UTF_8),
            Map.of("X-CSRF-Token", token));
    HttpResponse<String> other = another.get("/garages/G7/console/events", "text/event-stream");

    assertThat(away.statusCode()).isEqualTo(200);
    assertThat(away.body())
        .contains("event: unreachable")
        .containsPattern("garage G8 cannot be reached: (connection refused|the connection failed)")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(vend.statusCode()).isEqualTo(503);
    assertThat(vend.body()).contains("garage G8 cannot be reached").doesNotContain("Exception");
    assertThat(other.body()).as("the other garage").contains("event: console");
  }

  private PortalHttp loggedIn(String username) {
    PortalHttp browser = new PortalHttp(URI.create("http://127.0.0.1:" + server.getPort()));
    HttpResponse<String> r = browser.logIn(username, Accounts.PASSWORD, Accounts.SECRET, clock);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return browser;
  }

  private Sql sql() {
    return new Sql(database.raw());
  }

  private Seen last(String pathPrefix) {
    return seen.stream()
        .filter(s -> s.pathAndQuery().startsWith(pathPrefix))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("the garage received no " + pathPrefix));
  }

  private static String csrf(String html) {
    Matcher m = CSRF_META.matcher(html);
    if (m.find()) {
      return m.group(1);
    }
    return PortalHttp.csrfToken(html);
  }

  private static String problem(String html) {
    Matcher m = Pattern.compile("id=\"problem\" class=\"error\">([^<]*)<").matcher(html);
    return m.find() ? m.group(1) : html;
  }

  /** The stand-in garage: checks the signature, records the request, answers as a garage does. */
  private void answer(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    URI uri = exchange.getRequestURI();
    String pathAndQuery =
        uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String verdict =
        verifier
            .verify(
                exchange.getRequestMethod(),
                pathAndQuery,
                body,
                name -> exchange.getRequestHeaders().getFirst(name))
            .match(v -> "verified by " + v.keyId(), no -> "refused: " + no.reason());
    seen.add(
        new Seen(
            exchange.getRequestMethod(),
            pathAndQuery,
            new String(body, StandardCharsets.UTF_8),
            verdict));
    if (!verdict.startsWith("verified")) {
      reply(exchange, 401, "application/json", "{\"message\":\"refused\"}".getBytes());
    } else if (uri.getRawPath().equals("/console/events")) {
      reply(
          exchange,
          200,
          "text/event-stream",
          ("event: console\ndata: {\"lanes\":[{\"id\":\"lane-1\"}],\"reads\":[],"
                  + "\"pending\":[],\"exceptions\":[]}\n\n")
              .getBytes(StandardCharsets.UTF_8));
    } else if (uri.getRawPath().startsWith("/api/frames/")) {
      reply(exchange, 200, "image/jpeg", JPEG);
    } else {
      reply(
          exchange,
          200,
          "application/json",
          "{\"correctedText\":\"4WXY375\"}".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void reply(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static int closedPort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
