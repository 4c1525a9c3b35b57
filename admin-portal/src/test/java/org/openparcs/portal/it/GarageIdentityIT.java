package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openparcs.db.DatabaseFactory;
import org.openparcs.identity.MachineKeys;
import org.openparcs.identity.SignedDocuments;
import org.openparcs.identity.SignedRequests;
import org.openparcs.identity.SigningKey;
import org.openparcs.identity.SigningKeyFile;
import org.openparcs.identity.StaticKeys;
import org.openparcs.identity.TrustedKey;
import org.openparcs.identity.Verification;

/**
 * Garages sign their requests with enrolled keys (issue 9), over real HTTP against the embedded
 * MariaDB: a signed delivery is stored; a replayed, tampered or stale one, one signed for another
 * garage, or a bearer token from an enrolled garage is refused and stores nothing; a garage rotates
 * its key without a pause; purge orders carry the portal's signature.
 */
@MicronautTest(environments = "identity", transactional = false)
class GarageIdentityIT {

  private static final AtomicLong SEQ = new AtomicLong(1_000_000);
  private static final String G7 = "/api/garages/G7/events";

  @Inject EmbeddedServer server;
  @Inject DatabaseFactory.PooledDatabase database;
  @Inject JsonMapper json;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private StoredEvents stored;
  private Sql sql;

  @BeforeEach
  void setUp() {
    stored = new StoredEvents(database.raw());
    sql = new Sql(database.raw());
  }

  static SigningKey key(String name) throws IOException {
    return SigningKeyFile.parse(
        Files.readString(Path.of("src/test/resources/identity/" + name + ".key")), name);
  }

  HttpResponse<String> send(String method, String path, byte[] body, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> signed(SigningKey key, String method, String path, byte[] body)
      throws Exception {
    return send(method, path, body, SignedRequests.sign(key, method, path, body, Instant.now()));
  }

  static byte[] batch(String tag) {
    long seq = SEQ.incrementAndGet();
    return Batches.plateReads(tag, seq, seq);
  }

  static String eventId(String tag, byte[] batch) {
    String text = new String(batch, StandardCharsets.UTF_8);
    int i = text.indexOf("\"eventId\":\"") + 11;
    return text.substring(i, text.indexOf('"', i));
  }

  @Test
  void storesABatchSignedByTheGaragesEnrolledKey() throws Exception {
    byte[] body = batch("sig-ok");
    HttpResponse<String> r = signed(key("g7-2026"), "POST", G7, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(stored.countWithId(eventId("sig-ok", body))).isEqualTo(1);
  }

  @Test
  void refusesAReplayedRequestAndStoresNothingMore() throws Exception {
    byte[] body = batch("sig-replay");
    Map<String, String> headers =
        SignedRequests.sign(key("g7-2026"), "POST", G7, body, Instant.now());
    assertThat(send("POST", G7, body, headers).statusCode()).isEqualTo(200);
    long before = stored.count("G7");

    HttpResponse<String> replay = send("POST", G7, body, headers);

    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.body()).contains("replayed");
    assertThat(stored.count("G7")).isEqualTo(before);
  }

  @Test
  void refusesATamperedOrStaleRequest() throws Exception {
    byte[] body = batch("sig-tamper");
    Map<String, String> headers =
        SignedRequests.sign(key("g7-2026"), "POST", G7, body, Instant.now());
    byte[] altered = batch("sig-tamper2");
    HttpResponse<String> tampered = send("POST", G7, altered, headers);
    byte[] late = batch("sig-late");
    HttpResponse<String> stale =
        send(
            "POST",
            G7,
            late,
            SignedRequests.sign(
                key("g7-2026"), "POST", G7, late, Instant.now().minus(Duration.ofMinutes(10))));

    assertThat(tampered.statusCode()).isEqualTo(401);
    assertThat(tampered.body()).contains("does not match");
    assertThat(stale.statusCode()).isEqualTo(401);
    assertThat(stale.body()).contains("replay window");
    assertThat(stored.countWithId(eventId("sig-tamper2", altered))).isZero();
    assertThat(stored.countWithId(eventId("sig-late", late))).isZero();
  }

  @Test
  void forbidsAGarageToReportOrFetchOrdersForAnother() throws Exception {
    byte[] body = batch("sig-other");
    HttpResponse<String> events = signed(key("g7-2026"), "POST", "/api/garages/G8/events", body);
    HttpResponse<String> orders =
        signed(key("g7-2026"), "GET", "/api/garages/G8/purge-orders", null);

    assertThat(events.statusCode()).isEqualTo(403);
    assertThat(events.body()).contains("may only report for itself");
    assertThat(orders.statusCode()).isEqualTo(403);
    assertThat(stored.countWithId(eventId("sig-other", body))).isZero();
  }

  @Test
  void refusesTheBearerTokenOfAGarageEnrolledWithAKeyAndAnUnknownKey() throws Exception {
    byte[] body = batch("sig-token");
    HttpResponse<String> token =
        send("POST", G7, body, Map.of("Authorization", "Bearer test-token-garage-seven-0007"));
    SigningKey stranger = new SigningKey("g7-2026", MachineKeys.generate().getPrivate());
    HttpResponse<String> forged = signed(stranger, "POST", G7, body);

    assertThat(token.statusCode()).isEqualTo(401);
    assertThat(token.body()).contains("must sign");
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(stored.countWithId(eventId("sig-token", body))).isZero();
  }

  @Test
  void aGarageRotatesItsKeyWithoutAPauseAndTheOldKeyStopsWorking() throws Exception {
    SigningKey old = key("g8-2026");
    SigningKey next = key("g8-next");
    String nextPublic =
        Files.readString(Path.of("src/test/resources/identity/g8-next.pub")).strip();
    String path = "/api/garages/G8/keys";
    byte[] enrol =
        ("{\"keyId\":\"g8-next\",\"publicKey\":\"" + nextPublic + "\"}")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(signed(old, "POST", path, enrol).statusCode()).isEqualTo(200);
    // Both keys are valid during the rotation.
    assertThat(signed(old, "POST", "/api/garages/G8/events", batch("rot-a")).statusCode())
        .isEqualTo(200);
    assertThat(signed(next, "POST", "/api/garages/G8/events", batch("rot-b")).statusCode())
        .isEqualTo(200);
    assertThat(signed(old, "POST", path + "/g8-2026/revocation", null).statusCode())
        .as("a key cannot revoke itself")
        .isEqualTo(409);
    assertThat(signed(next, "POST", path + "/g8-2026/revocation", null).statusCode())
        .isEqualTo(200);

    byte[] afterRevocation = batch("rot-c");
    HttpResponse<String> refused = signed(old, "POST", "/api/garages/G8/events", afterRevocation);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("revoked");
    assertThat(stored.countWithId(eventId("rot-c", afterRevocation))).isZero();
    assertThat(signed(next, "POST", "/api/garages/G8/events", batch("rot-d")).statusCode())
        .isEqualTo(200);
    assertThat(sql.text("SELECT enrolled_by FROM garage_key WHERE key_id = 'g8-next'"))
        .isEqualTo("key g8-2026");
  }

  @Test
  @SuppressWarnings("unchecked")
  void purgeOrdersCarryThePortalsSignature() throws Exception {
    List<Map<String, Object>> orders = List.of();
    for (int i = 0; i < 100 && orders.isEmpty(); i++) {
      HttpResponse<String> r = signed(key("g7-2026"), "GET", "/api/garages/G7/purge-orders", null);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      orders = (List<Map<String, Object>>) json.readValue(r.body(), Map.class).get("orders");
      if (orders.isEmpty()) {
        Thread.sleep(200);
      }
    }
    assertThat(orders).as("the purge run at start issues an order to G7").isNotEmpty();
    StaticKeys portal =
        new StaticKeys(
            List.of(
                new TrustedKey(
                    "portal-test",
                    "portal",
                    MachineKeys.publicKey(
                        Files.readString(Path.of("src/test/resources/identity/portal-test.pub"))
                            .strip()),
                    true)));
    Map<String, Object> order = orders.get(0);
    assertThat(SignedDocuments.verify(order, portal))
        .isEqualTo(new Verification.Verified("portal-test", "portal"));
    Map<String, Object> widened = new HashMap<>(order);
    widened.put("garageId", "G1");
    assertThat(SignedDocuments.verify(widened, portal).verified()).isFalse();
  }

  @Test
  void refusalsAndIngestAreCountedForPrometheusAndReadinessChecksTheDatabase() throws Exception {
    signed(key("g7-2026"), "POST", "/api/garages/G8/events", batch("prom-refused"));
    signed(key("g7-2026"), "POST", G7, batch("prom-ok"));

    HttpResponse<String> metrics = send("GET", "/prometheus", null, Map.of());
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("parcs_portal_garage_requests_refused_total{status=\"403\"}")
        .contains("parcs_portal_ingest_events_total{result=\"accepted\"}")
        .contains("parcs_portal_purge_done");
    HttpResponse<String> ready = send("GET", "/health/readiness", null, Map.of());
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(send("GET", "/health/liveness", null, Map.of()).statusCode()).isEqualTo(200);
  }
}
