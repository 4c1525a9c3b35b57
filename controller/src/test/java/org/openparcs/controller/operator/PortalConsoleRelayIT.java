package org.openparcs.controller.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.count;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
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
import org.openparcs.db.EmbeddedMariaDb;
import org.openparcs.identity.MachineKeys;
import org.openparcs.identity.SignedRequests;
import org.openparcs.identity.SigningKey;

/**
 * The portal's console acts at the garage through requests signed with the portal's key that name
 * the portal user (issue 5, POLICY A5, T1): such an action is recorded under that user; one signed
 * without a user (403), unsigned (401) or signed with another key (401) changes nothing. The live
 * view opens for a named portal user and the access is recorded under that user (T1).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalConsoleRelayIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String LANE = "lane-r";

  private final KeyPair portalKey = MachineKeys.generate();
  private final SigningKey portal = new SigningKey("relay-portal-1", portalKey.getPrivate());
  private final String database = "relay_" + Long.toString(System.nanoTime(), 36);
  private IoModuleSimulator io;
  private ApplicationContext context;
  private URI base;

  @BeforeAll
  void start() {
    io = IoModuleSimulator.start(SimulatedLane.standard(LANE), 0);
    EmbeddedMariaDb server = EmbeddedMariaDb.shared();
    server.createDatabase(database);
    Map<String, Object> p = new HashMap<>();
    p.put("parcs.db.embedded", "false");
    p.put("parcs.db.url", server.jdbcUrl(database));
    p.put("parcs.db.user", server.user());
    p.put("parcs.db.password", server.password());
    p.put("parcs.garage.id", "garage-relay");
    GarageTestSupport.lane(LANE, "ENTRY", io, "cam-r").forEach(p::put);
    p.put(
        "parcs.identity.portal-keys",
        "relay-portal-1=" + MachineKeys.publicText(portalKey.getPublic()));
    context = ApplicationContext.run(EmbeddedServer.class, p, "test").getApplicationContext();
    base = context.getBean(EmbeddedServer.class).getURI();
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

  private DataSource db() {
    return context.getBean(PooledDatabase.class).raw();
  }

  @Test
  void recordsAnActionThePortalSignedUnderThePortalUserItNames() {
    String path = "/api/lanes/" + LANE + "/mode?operator=ana.portal&operatorDepartment=Parking";
    String body = "{\"mode\":\"LOCKED_CLOSED\",\"reason\":\"barrier repair, from the portal\"}";

    HttpResponse<String> r = post(path, body, signed("POST", path, body));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("LOCKED_CLOSED");
    assertThat(
            count(
                db(),
                "SELECT COUNT(*) FROM lane_mode_change WHERE operator = 'ana.portal'"
                    + " AND to_mode = 'LOCKED_CLOSED'"))
        .isEqualTo(1);
    assertThat(
            GarageTestSupport.opened(
                db(),
                "lane_mode_change",
                "reason",
                "SELECT reason_sealed FROM lane_mode_change WHERE operator = 'ana.portal'"
                    + " AND to_mode = 'LOCKED_CLOSED'"))
        .as("recorded with its reason, sealed (POLICY K1)")
        .isEqualTo("barrier repair, from the portal");
    String back = "/api/lanes/" + LANE + "/mode?operator=ana.portal";
    String normal = "{\"mode\":\"NORMAL\",\"reason\":\"repaired\"}";
    assertThat(post(back, normal, signed("POST", back, normal)).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesAnActionThePortalSignedWithoutNamingItsUser() {
    String path = "/api/lanes/" + LANE + "/mode";
    String body = "{\"mode\":\"HELD_OPEN\",\"reason\":\"nobody named\"}";

    HttpResponse<String> r = post(path, body, signed("POST", path, body));

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("must name the portal user").doesNotContain("Exception");
    String correction = "/api/reads/corrections";
    String fix =
        "{\"readId\":\"00000000-0000-0000-0000-000000000001\",\"plate\":\"7ABC123\","
            + "\"reason\":\"nobody named\"}";
    assertThat(post(correction, fix, signed("POST", correction, fix)).statusCode()).isEqualTo(403);
    assertThat(count(db(), "SELECT COUNT(*) FROM lane_mode_change WHERE to_mode = 'HELD_OPEN'"))
        .as("no lane was held open (no test here holds one)")
        .isZero();
  }

  @Test
  void refusesAnUnsignedOrForeignSignedActionWhateverUserItNames() {
    String path = "/api/lanes/" + LANE + "/mode?operator=mallory";
    String body = "{\"mode\":\"HELD_OPEN\",\"reason\":\"not the portal\"}";
    KeyPair stranger = MachineKeys.generate();
    Map<String, String> forged =
        SignedRequests.sign(
            new SigningKey("relay-portal-1", stranger.getPrivate()),
            "POST",
            path,
            body.getBytes(StandardCharsets.UTF_8),
            Instant.now());
    String otherUser = "/api/lanes/" + LANE + "/mode?operator=ana.portal";

    assertThat(post(path, body, Map.of()).statusCode()).as("unsigned").isEqualTo(401);
    assertThat(post(path, body, forged).statusCode()).as("not the portal's key").isEqualTo(401);
    assertThat(post(path, body, signed("POST", otherUser, body)).statusCode())
        .as("signed for another user")
        .isEqualTo(401);
    assertThat(count(db(), "SELECT COUNT(*) FROM lane_mode_change WHERE to_mode = 'HELD_OPEN'"))
        .as("no lane was held open (no test here holds one)")
        .isZero();
  }

  @Test
  void opensTheLiveViewForANamedPortalUserAndRecordsTheAccessUnderThatUser() throws Exception {
    String path = "/console/events?operator=ben.portal&operatorDepartment=Parking";

    String first = firstEvent(path, signed("GET", path, ""));

    assertThat(first).startsWith("event: console").contains("\"lanes\"").contains(LANE);
    assertThat(
            count(
                db(),
                "SELECT COUNT(*) FROM plate_data_access WHERE viewer = 'ben.portal'"
                    + " AND via = 'portal' AND department = 'Parking'"
                    + " AND purpose = 'garage-access' AND resource = '/console/events'"))
        .as("POLICY T1")
        .isEqualTo(1);
    Map<String, String> noPurpose = new HashMap<>(signed("GET", path, ""));
    noPurpose.remove("Parcs-Purpose");
    assertThat(send(get(path, noPurpose), HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("POLICY U1: a purpose is stated")
        .isEqualTo(400);
    String anonymous = "/console/events";
    HttpResponse<String> noUser =
        send(get(anonymous, signed("GET", anonymous, "")), HttpResponse.BodyHandlers.ofString());
    assertThat(noUser.statusCode()).isEqualTo(403);
  }

  /** The stream's first event (its lines up to the blank line), then the stream is closed. */
  private String firstEvent(String path, Map<String, String> headers) throws Exception {
    HttpResponse<InputStream> r =
        send(get(path, headers), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    StringBuilder event = new StringBuilder();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null && !(line.isEmpty() && event.length() > 0)) {
        event.append(line).append('\n');
      }
    }
    return event.toString();
  }

  /**
   * Signed by the portal, stating a purpose of the garage's profile (SJ-PARK), as the portal does.
   */
  private Map<String, String> signed(String method, String pathAndQuery, String body) {
    Map<String, String> headers =
        new HashMap<>(
            SignedRequests.sign(
                portal,
                method,
                pathAndQuery,
                body.getBytes(StandardCharsets.UTF_8),
                Instant.now()));
    headers.put("Parcs-Purpose", "garage-access");
    return headers;
  }

  private HttpRequest get(String path, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).GET();
    headers.forEach(b::header);
    return b.build();
  }

  private HttpResponse<String> post(String path, String body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return HTTP.send(request, body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
