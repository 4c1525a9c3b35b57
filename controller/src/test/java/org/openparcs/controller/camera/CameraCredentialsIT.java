package org.openparcs.controller.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.cameraToken;
import static org.openparcs.controller.GarageTestSupport.count;
import static org.openparcs.controller.GarageTestSupport.plateHash;
import static org.openparcs.controller.GarageTestSupport.plateRecognizerPush;
import static org.openparcs.controller.GarageTestSupport.post;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
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
 * Camera credentials over real HTTP (issue 9): a push without a credential, with a wrong one, from
 * an address the camera may not use, or naming another lane's camera is refused, stores nothing,
 * and is counted for operators (metric and {@code /api/devices/cameras}).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CameraCredentialsIT implements TestPropertyProvider {

  private static final String PUSH_IN = GarageTestSupport.pushPath("cam-cred-in");
  private static final String PUSH_OUT = GarageTestSupport.pushPath("cam-cred-out");
  private final IoModuleSimulator entry = IoModuleSimulator.start(SimulatedLane.standard("in"), 0);
  private final IoModuleSimulator exit = IoModuleSimulator.start(SimulatedLane.standard("out"), 0);

  @Inject EmbeddedServer server;
  @Inject PooledDatabase database;
  private URI base;
  private DataSource db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>();
    p.putAll(GarageTestSupport.lane("cred-in", "ENTRY", entry, "cam-cred-in"));
    p.putAll(GarageTestSupport.lane("cred-out", "EXIT", exit, "cam-cred-out"));
    p.put("parcs.cameras.cam-cred-in.sources", "127.0.0.0/8,::1");
    // The exit camera may push only from the camera network, not from this test's loopback.
    p.put("parcs.cameras.cam-cred-out.sources", "10.20.30.0/24");
    return p;
  }

  @BeforeEach
  void connect() {
    base = server.getURI();
    db = database.raw();
  }

  @AfterAll
  void stopDevices() {
    entry.close();
    exit.close();
  }

  long reads(String plate) {
    return count(db, "SELECT COUNT(*) FROM plate_read WHERE plate_hash=" + plateHash(plate));
  }

  @Test
  void aRegisteredCameraPushesWithItsTokenOrWithBasic() throws Exception {
    HttpResponse<String> bearer =
        post(
            base,
            PUSH_IN,
            "application/json",
            cameraToken("cam-cred-in"),
            plateRecognizerPush("cam-cred-in", "CRED1", 0.9));
    String basic =
        Base64.getEncoder()
            .encodeToString(
                ("cam-cred-in:" + cameraToken("cam-cred-in")).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> viaBasic =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve(PUSH_IN))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + basic)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            plateRecognizerPush("cam-cred-in", "CRED2", 0.9)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(200);
    assertThat(viaBasic.statusCode()).as(viaBasic.body()).isEqualTo(200);
    assertThat(reads("CRED1")).isEqualTo(1);
    assertThat(reads("CRED2")).isEqualTo(1);
  }

  @Test
  void refusesAPushWithoutOrWithAWrongCredential() {
    HttpResponse<String> none =
        post(
            base,
            PUSH_IN,
            "application/json",
            null,
            plateRecognizerPush("cam-cred-in", "NOCRED1", 0.9));
    HttpResponse<String> wrong =
        post(
            base,
            PUSH_IN,
            "application/json",
            "a-guessed-token-0000000000000",
            plateRecognizerPush("cam-cred-in", "NOCRED2", 0.9));
    HttpResponse<String> unregistered =
        post(
            base,
            "/api/cameras/cam-cred-in/frames",
            "application/json",
            "not-a-camera-token-at-all",
            "{}");

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.body()).contains("camera credential missing");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("not accepted");
    assertThat(unregistered.statusCode()).isEqualTo(401);
    assertThat(reads("NOCRED1") + reads("NOCRED2")).isZero();
    assertThat(GarageTestSupport.get(base, "/api/devices/cameras").body())
        .contains("\"camera\":\"unregistered\"")
        .contains("UNKNOWN_CREDENTIAL");
  }

  @Test
  void refusesAPushFromAnAddressTheCameraMayNotUse() {
    HttpResponse<String> r =
        post(
            base,
            PUSH_OUT,
            "application/json",
            cameraToken("cam-cred-out"),
            plateRecognizerPush("cam-cred-out", "WRONGNET1", 0.9));

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("may not push from 127.0.0.1");
    assertThat(reads("WRONGNET1")).isZero();
  }

  @Test
  void noPushCanNameAnotherLanesCamera() {
    HttpResponse<String> inBody =
        post(
            base,
            PUSH_IN,
            "application/json",
            cameraToken("cam-cred-in"),
            plateRecognizerPush("cam-cred-out", "OTHERLANE1", 0.9));
    HttpResponse<String> inPath =
        post(
            base,
            "/api/cameras/cam-cred-out/frames",
            "application/json",
            cameraToken("cam-cred-in"),
            "{}");

    assertThat(inBody.statusCode()).isEqualTo(403);
    assertThat(inBody.body()).contains("may push only its own reads");
    assertThat(inPath.statusCode()).isEqualTo(403);
    assertThat(reads("OTHERLANE1")).isZero();
    String health = GarageTestSupport.get(base, "/api/devices/cameras").body();
    assertThat(health).contains("\"camera\":\"cam-cred-in\"", "OTHER_CAMERA");
    assertThat(GarageTestSupport.get(base, "/metrics/parcs.camera.pushes.refused").body())
        .contains("\"OTHER_CAMERA\"", "\"cam-cred-in\"");
  }
}
