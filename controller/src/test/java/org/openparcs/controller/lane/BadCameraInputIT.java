package org.openparcs.controller.lane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.count;
import static org.openparcs.controller.GarageTestSupport.plateHash;
import static org.openparcs.controller.GarageTestSupport.plateRecognizerPush;
import static org.openparcs.controller.GarageTestSupport.post;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.db.DatabaseFactory.PooledDatabase;

/**
 * Garbage at a camera's Plate Recognizer endpoint gets a 4xx with a sentence that says what is
 * wrong (400 when it is not JSON, 422 when the JSON is not a read), and nothing already stored is
 * lost.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadCameraInputIT implements TestPropertyProvider {

  private static final String PUSH = GarageTestSupport.pushPath("cam-entry-1");
  private static final String TOKEN = GarageTestSupport.cameraToken("cam-entry-1");
  private final IoModuleSimulator entry =
      IoModuleSimulator.start(SimulatedLane.standard("entry"), 0);

  @Inject EmbeddedServer server;
  @Inject PooledDatabase database;
  private URI base;
  private DataSource db;

  @Override
  public Map<String, String> getProperties() {
    return GarageTestSupport.lane("entry-1", "ENTRY", entry, "cam-entry-1");
  }

  @BeforeEach
  void storeOneGoodRead() {
    base = server.getURI();
    db = database.raw();
    assertThat(
            post(
                    base,
                    PUSH,
                    "application/json",
                    TOKEN,
                    plateRecognizerPush("cam-entry-1", "GOOD1", 0.9))
                .statusCode())
        .isEqualTo(200);
  }

  @AfterAll
  void stopDevices() {
    entry.close();
  }

  @Test
  void malformedJsonIsABadRequest() {
    assertRejected(
        post(base, PUSH, "application/json", TOKEN, "{\"data\": {\"camera_id\": "), 400, "JSON");
  }

  @Test
  void missingFieldsAreNamed() {
    String noScore =
        "{\"data\":{\"camera_id\":\"cam-entry-1\",\"timestamp\":\"2026-11-22T10:00:00Z\","
            + "\"results\":[{\"plate\":\"abc123\"}]}}";
    assertRejected(post(base, PUSH, "application/json", TOKEN, noScore), 422, "score");
    assertRejected(post(base, PUSH, "application/json", TOKEN, "{}"), 422, "data");
    String noTime = "{\"data\":{\"results\":[{\"plate\":\"abc123\",\"score\":0.9}]}}";
    assertRejected(post(base, PUSH, "application/json", TOKEN, noTime), 422, "timestamp");
  }

  @Test
  void aPushWithoutAResultIsAVehicleWithoutARead() {
    // The path names the camera, so the body need not; with no result there is nothing to decide.
    String noResult = "{\"data\":{\"timestamp\":\"2026-11-22T10:00:00Z\",\"results\":[]}}";
    HttpResponse<String> r = post(base, PUSH, "application/json", TOKEN, noResult);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    assertThat(r.body()).contains("no plate in this push");
  }

  @Test
  void aCameraCannotPushInTheNameOfAnotherCamera() {
    assertRejected(
        post(
            base,
            PUSH,
            "application/json",
            TOKEN,
            plateRecognizerPush("cam-nowhere", "ABC123", 0.9)),
        403,
        "camera cam-entry-1 may push only its own reads, not camera cam-nowhere's");
  }

  @Test
  void aPlateThatIsNotAPlateIsRefused() {
    assertRejected(
        post(
            base,
            PUSH,
            "application/json",
            TOKEN,
            plateRecognizerPush("cam-entry-1", "'; DROP TABLE plate_read; --", 0.9)),
        400,
        "is not a plate");
  }

  @Test
  void aBadTimestampOrScoreIsRefused() {
    String badTime =
        "{\"data\":{\"camera_id\":\"cam-entry-1\",\"timestamp\":\"yesterday\","
            + "\"results\":[{\"plate\":\"abc123\",\"score\":0.9}]}}";
    assertRejected(post(base, PUSH, "application/json", TOKEN, badTime), 422, "timestamp");
    String badScore =
        "{\"data\":{\"camera_id\":\"cam-entry-1\",\"timestamp\":\"2026-11-22T10:00:00Z\","
            + "\"results\":[{\"plate\":\"abc123\",\"score\":7}]}}";
    assertRejected(post(base, PUSH, "application/json", TOKEN, badScore), 422, "score");
  }

  @Test
  void anOversizedBodyIsRefused() {
    // Above micronaut.server.max-request-size (16MB, which JPEG frames need).
    String huge = "{\"data\":{\"camera_id\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}}";
    HttpResponse<String> r = post(base, PUSH, "application/json", TOKEN, huge);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(count(db, "SELECT COUNT(*) FROM plate_read WHERE plate_hash=" + plateHash("GOOD1")))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void aPushThatIsNotJsonIsRefused() {
    assertRejected(post(base, PUSH, "text/plain", TOKEN, "plate=ABC123"), 400, "not valid JSON");
  }

  private void assertRejected(HttpResponse<String> r, int status, String mention) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.body()).as("a clear message").contains(mention);
    assertThat(r.body()).as("no internals").doesNotContain("Exception", "at org.", "java.");
    assertThat(count(db, "SELECT COUNT(*) FROM plate_read WHERE plate_hash=" + plateHash("GOOD1")))
        .as("what was stored before is still there")
        .isGreaterThanOrEqualTo(1);
  }
}
