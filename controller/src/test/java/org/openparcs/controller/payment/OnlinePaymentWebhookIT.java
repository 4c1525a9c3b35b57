package org.openparcs.controller.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.count;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.RevenueTestData;
import org.openparcs.controller.payment.model.WebhookSignature;
import org.openparcs.db.DatabaseFactory.PooledDatabase;

/** The online provider's signed webhook: valid, forged, stale and replayed deliveries. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnlinePaymentWebhookIT implements TestPropertyProvider {

  private static final String SECRET = "test-webhook-secret-0123456789";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final IoModuleSimulator entry =
      IoModuleSimulator.start(SimulatedLane.standard("entry"), 0);
  private final WebhookSignature provider = new WebhookSignature(SECRET, Duration.ofMinutes(5));

  @Inject EmbeddedServer server;
  @Inject PooledDatabase database;
  private URI base;
  private DataSource db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p =
        new HashMap<>(GarageTestSupport.lane("entry-1", "ENTRY", entry, "cam-1"));
    p.put("parcs.garage.id", "garage-web");
    p.put("parcs.payments.webhook-secret", SECRET);
    return p;
  }

  @BeforeAll
  void publishTariff() {
    base = server.getURI();
    db = database.raw();
    GarageTestSupport.post(
        base,
        "/api/tariffs",
        "application/json",
        RevenueTestData.tariffJson("web-1", Instant.now().minus(Duration.ofDays(1))));
  }

  @AfterAll
  void stop() {
    entry.close();
  }

  @Test
  void aSignedPaymentIsRecordedAndItsReplayCountsOnce() throws Exception {
    byte[] body = body("app-0001", inside("WEB1"));
    String signature = provider.header(Instant.now().getEpochSecond(), body);

    HttpResponse<String> first = deliver(body, signature);
    HttpResponse<String> replay = deliver(body, signature);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(first.body()).contains("\"source\":\"ONLINE\"");
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.body()).contains("\"duplicate\":true");
    assertThat(count(db, "SELECT COUNT(*) FROM payment WHERE reference='app-0001'")).isEqualTo(1);
  }

  @Test
  void aForgedOrUnsignedBodyIsRefused() throws Exception {
    byte[] body = body("app-0002", inside("WEB2"));
    byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("400", "4").getBytes();
    String signature = provider.header(Instant.now().getEpochSecond(), body);

    assertRefused(deliver(tampered, signature), "does not match");
    assertRefused(deliver(body, null), "no signature");
    assertRefused(deliver(body, "sha256=abc"), "not of the form");
    assertThat(count(db, "SELECT COUNT(*) FROM payment WHERE reference='app-0002'")).isZero();
  }

  @Test
  void aDeliveryReplayedAfterTheWindowIsRefused() throws Exception {
    byte[] body = body("app-0003", inside("WEB3"));
    String old =
        provider.header(Instant.now().minus(Duration.ofMinutes(20)).getEpochSecond(), body);

    assertRefused(deliver(body, old), "outside the accepted window");
    assertThat(count(db, "SELECT COUNT(*) FROM payment WHERE reference='app-0003'")).isZero();
  }

  private UUID inside(String plate) {
    return RevenueTestData.visitorInside(
        db, "garage-web", "entry-1", "cam-1", plate, Instant.now().minus(Duration.ofHours(1)));
  }

  private static void assertRefused(HttpResponse<String> r, String words) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
    assertThat(r.body()).startsWith("{\"error\":").contains(words);
  }

  private static byte[] body(String reference, UUID session) {
    return """
        {"reference":"%s","method":"APP","amount":400,"currency":"USD","sessionId":"%s",
         "occurredAt":"%s"}
        """
        .formatted(reference, session, Instant.now())
        .getBytes(StandardCharsets.UTF_8);
  }

  private HttpResponse<String> deliver(byte[] body, String signature) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve("/api/payments/online"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      b.header("X-Parcs-Signature", signature);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
