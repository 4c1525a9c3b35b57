package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openparcs.db.DatabaseFactory;
import org.openparcs.portal.common.model.Sha256;

/**
 * The garage event ingest contract, over real HTTP against the embedded MariaDB with the real
 * migrations. Each test takes its own seq range, so the tests of the class share one database.
 */
@MicronautTest(transactional = false)
class IngestIT {

  private static final String G1_TOKEN = "test-token-garage-one-0001";
  private static final String G2_TOKEN = "test-token-garage-two-0002";
  private static final String G1 = "/api/garages/G1/events";
  private static final AtomicLong SEQ_BLOCKS = new AtomicLong();

  @Inject EmbeddedServer server;
  @Inject DatabaseFactory.PooledDatabase database;
  @Inject JsonMapper json;
  @Inject org.openparcs.portal.protection.infrastructure.EventPlates plates;

  private PortalHttp http;
  private StoredEvents stored;
  private long base;

  @BeforeEach
  void setUp() {
    http = new PortalHttp(server.getURI());
    stored = new StoredEvents(database.raw());
    base = SEQ_BLOCKS.incrementAndGet() * 10_000;
  }

  @Test
  void storesABatchAndAnswersTheCounts() {
    HttpResponse<String> response =
        http.postJson(G1, G1_TOKEN, Batches.plateReads("a", base + 1, base + 3));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(answer(response)).containsEntry("accepted", 3).containsEntry("duplicates", 0);
    assertThat(((Number) answer(response).get("lastSeq")).longValue())
        .isGreaterThanOrEqualTo(base + 3);
    assertThat(stored.countWithId(Batches.id("a", base + 2).toString())).isEqualTo(1);
    // The payload is stored without its plate; the plate is sealed beside it (POLICY K1).
    String id = Batches.id("a", base + 2).toString();
    assertThat(stored.payload(id)).contains("\"laneId\"").doesNotContain("P" + (base + 2));
    assertThat(plates.fields(stored.plateFields(id))).containsEntry("plate", "P" + (base + 2));
  }

  @Test
  void storesARedeliveredBatchOnceAndCountsItsDuplicates() {
    byte[] batch = Batches.plateReads("b", base + 1, base + 4);
    http.postJson(G1, G1_TOKEN, batch);
    long before = stored.count("G1");

    HttpResponse<String> again = http.postJson(G1, G1_TOKEN, batch);

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(answer(again)).containsEntry("accepted", 0).containsEntry("duplicates", 4);
    assertThat(stored.count("G1")).isEqualTo(before);
  }

  @Test
  void keepsTheTokenOnlyAsItsDigest() {
    assertThat(stored.tokenDigest("G1")).isEqualTo(Sha256.of(G1_TOKEN).hex());
  }

  @Test
  void refusesAWrongOrMissingTokenWith401() {
    byte[] batch = Batches.plateReads("c", base + 1, base + 1);

    HttpResponse<String> wrong = http.postJson(G1, "not-the-token-of-anyone", batch);
    HttpResponse<String> missing = http.postJson(G1, null, batch);
    HttpResponse<String> unknownGarage =
        http.postJson("/api/garages/G9/events", "not-the-token-of-anyone", batch);

    assertThat(List.of(wrong, missing, unknownGarage))
        .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(401));
    assertThat(message(wrong)).contains("token not accepted");
    assertThat(message(missing)).contains("Authorization: Bearer");
    assertThat(stored.countWithId(Batches.id("c", base + 1).toString())).isZero();
  }

  @Test
  void forbidsAGarageToReportForAnotherWith403() {
    HttpResponse<String> response =
        http.postJson(G1, G2_TOKEN, Batches.plateReads("d", base + 1, base + 1));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(message(response)).contains("may only report for itself");
    assertThat(stored.countWithId(Batches.id("d", base + 1).toString())).isZero();
  }

  @Test
  void refusesBadInputWithAClearMessageAndLosesNothingStoredBefore() {
    http.postJson(G1, G1_TOKEN, Batches.plateReads("e", base + 1, base + 5));
    long before = stored.count("G1");
    String valid = Batches.event("e", base + 10, "plate_read", "{}");

    assertRefused(bytes("{\"events\":[{\"eventId\":"), 400, "not well-formed JSON");
    assertRefused(bytes("{\"events\":[]}"), 400, "at least one event");
    assertRefused(bytes("{\"evts\":[]}"), 400, "\"events\" array");
    assertRefused(
        Batches.of(valid, "{\"eventId\":\"" + Batches.id("e", 1) + "\",\"type\":\"plate_read\"}"),
        400,
        "events[1].seq is missing");
    assertRefused(
        Batches.of(valid.replace(Batches.id("e", base + 10).toString(), "not-a-uuid")),
        400,
        "events[0].eventId is not a UUID");
    assertRefused(
        Batches.of(Batches.event("e", base + 11, "plate_read", "[1,2]")),
        400,
        "payload is missing or not a JSON object");
    assertRefused(
        Batches.of(Batches.event("e", base + 12, "Plate Read!", "{}")), 400, "events[0].type");
    assertRefused(Batches.plateReads("e", base + 100, base + 600), 400, "at most 500 events");
    assertRefused(
        Batches.of(
            Batches.event("e", base + 21, "plate_read", "{}"),
            Batches.event("e", base + 20, "plate_read", "{}")),
        400,
        "sorted by seq");
    assertRefused(oversized(), 413, "exceeds the maximum");

    assertThat(stored.count("G1")).isEqualTo(before);
    assertThat(stored.eventsReceivedCounter("G1")).isEqualTo(before);
  }

  @Test
  void refusesAnEventIdReusedWithAnotherSeqWith409() {
    http.postJson(G1, G1_TOKEN, Batches.plateReads("f", base + 1, base + 1));
    String reused =
        Batches.event("f", base + 1, "plate_read", "{}")
            .replace("\"seq\":" + (base + 1), "\"seq\":" + (base + 2));

    HttpResponse<String> response = http.postJson(G1, G1_TOKEN, Batches.of(reused));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(message(response)).contains("already stored");
  }

  @Test
  void storesEachEventOnceWhenOverlappingBatchesArriveTogether() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        long start = base + round * 1000;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        answers.add(pool.submit(deliverAt(go, Batches.plateReads("g", start + 1, start + 300))));
        answers.add(pool.submit(deliverAt(go, Batches.plateReads("g", start + 151, start + 450))));
        go.countDown();

        int accepted = 0;
        int duplicates = 0;
        for (Future<HttpResponse<String>> answer : answers) {
          HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
          assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
          accepted += ((Number) answer(response).get("accepted")).intValue();
          duplicates += ((Number) answer(response).get("duplicates")).intValue();
        }
        assertThat(accepted).isEqualTo(450);
        assertThat(duplicates).isEqualTo(150);
        for (long seq = start + 1; seq <= start + 450; seq += 37) {
          assertThat(stored.countWithId(Batches.id("g", seq).toString())).isEqualTo(1);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(stored.count("G2")).isEqualTo(stored.eventsReceivedCounter("G2"));
  }

  private Callable<HttpResponse<String>> deliverAt(CountDownLatch go, byte[] batch) {
    return () -> {
      go.await();
      return http.postJson("/api/garages/G2/events", G2_TOKEN, batch);
    };
  }

  private void assertRefused(byte[] body, int status, String expectedMessage) {
    HttpResponse<String> response = http.postJson(G1, G1_TOKEN, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    // Compare with the JSON-unescaped text: messages quote field names.
    assertThat(response.body().replace("\\\"", "\""))
        .contains(expectedMessage)
        .doesNotContain("Exception")
        .doesNotContain("at org.")
        .doesNotContain("at io.");
  }

  private static byte[] oversized() {
    byte[] body = new byte[6 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) ' ');
    return body;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private Map<String, Object> answer(HttpResponse<String> response) {
    try {
      return json.readValue(
          response.body(), io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  private String message(HttpResponse<String> response) {
    return String.valueOf(answer(response).get("message"));
  }
}
