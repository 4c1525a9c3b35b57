package org.openparcs.controller.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.await;
import static org.openparcs.controller.GarageTestSupport.count;
import static org.openparcs.controller.GarageTestSupport.getBytes;
import static org.openparcs.controller.GarageTestSupport.plateHash;
import static org.openparcs.controller.GarageTestSupport.post;
import static org.openparcs.controller.GarageTestSupport.postBytes;
import static org.openparcs.controller.GarageTestSupport.string;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedVehicle;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.LaneTestBase;
import org.openparcs.protection.FileSealer;

/**
 * Lane cameras that send only JPEG frames: pushed to {@code POST /api/cameras/{id}/frames} or
 * pulled from a snapshot URI when a vehicle arrives on the arming loop; read by our plate reader,
 * kept on disk with their hash, decided with the rule that matched. Real HTTP, real Modbus to
 * simulated I/O modules, the embedded MariaDB, frames drawn with Java2D.
 */
@MicronautTest
class FramesIT extends LaneTestBase {

  private final IoModuleSimulator entry = module("entry");
  private final IoModuleSimulator exit = module("exit");
  private final AtomicReference<byte[]> snapshot = new AtomicReference<>(PlateFrames.emptyFrame());
  private final AtomicInteger snapshotsServed = new AtomicInteger();
  private final HttpServer camera = snapshotCamera();

  private final Path frameDir = tempDir();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>();
    p.putAll(GarageTestSupport.lane("entry-1", "ENTRY", entry, "cam-entry-1"));
    p.putAll(GarageTestSupport.lane("exit-1", "EXIT", exit, "cam-exit-1"));
    p.put("parcs.lanes.entry-1.camera-format", "frames");
    p.put("parcs.lanes.exit-1.camera-format", "frames");
    String snap = "parcs.snapshot-cameras.cam-exit-1.";
    p.put(snap + "uri", "http://127.0.0.1:" + camera.getAddress().getPort() + "/snapshot.jpg");
    p.put(snap + "pulls", "3");
    p.put(snap + "interval", "250ms");
    p.put("parcs.reads.window", "1s");
    p.put("parcs.frames.dir", frameDir.toString());
    return p;
  }

  @AfterAll
  void stopCamera() {
    camera.stop(0);
  }

  @Test
  void aPermitHolderWhoseFramesArePushedIsLetInAndTheImageIsKept() throws Exception {
    registerPermit("7ABC123");
    int pulses = entry.lane().openPulses();
    SimulatedVehicle car = arriveAt(entry, "entry-1");

    byte[] frame = PlateFrames.frame("7ABC123");
    HttpResponse<String> first = pushFrame("cam-entry-1", frame);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    assertThat(first.body()).contains("\"lane\":\"entry-1\"", "\"width\":1280", "\"height\":720");
    pushFrame("cam-entry-1", frame);

    awaitDecision("7ABC123", "entry-1");
    assertThat(
            string(
                db,
                "SELECT outcome FROM access_decision WHERE plate_hash="
                    + plateHash("7ABC123")
                    + ""))
        .isEqualTo("GRANTED");
    assertThat(
            string(
                db,
                "SELECT plate_match FROM access_decision WHERE plate_hash="
                    + plateHash("7ABC123")
                    + ""))
        .as("the decision records the rule that matched the plate")
        .isEqualTo("EXACT");
    await("the barrier opens", Duration.ofSeconds(5), () -> entry.lane().openPulses() > pulses);
    assertThat(car.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    assertThat(entry.lane().openPulses() - pulses).as("one pulse for one vehicle").isEqualTo(1);

    String frameId = frameIdOf(first.body());
    assertThat(string(db, "SELECT source FROM plate_frame WHERE id=?", frameId)).isEqualTo("push");
    assertThat(string(db, "SELECT sha256 FROM plate_frame WHERE id=?", frameId))
        .as("the image is kept with its hash")
        .isEqualTo(sha256(frame));
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM plate_read WHERE plate_hash="
                    + plateHash("7ABC123")
                    + " AND source='frames'"
                    + " AND frame_id IS NOT NULL"))
        .isGreaterThanOrEqualTo(1);
    HttpResponse<byte[]> image = getBytes(base, "/api/frames/" + frameId, viewer());
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(image.body()).isEqualTo(frame);
    assertNoFrameFileIsAPlainJpeg();
    assertThat(GarageTestSupport.get(base, "/prometheus").body())
        .as("the reader's time per frame is a metric (issue 9: OCR time)")
        .contains("parcs_ocr_time_seconds_count{outcome=\"plate\"");
  }

  @Test
  void aStrangerOneConfusableCharacterFromAPermitIsNotLetIn() {
    registerPermit("8KMT452");
    int pulses = entry.lane().openPulses();
    arriveAt(entry, "entry-1");
    try {
      byte[] frame = PlateFrames.frame("BKMT452");
      pushFrame("cam-entry-1", frame);
      pushFrame("cam-entry-1", frame);
      awaitDecision("BKMT452", "entry-1");
      assertThat(
              string(
                  db,
                  "SELECT outcome FROM access_decision WHERE plate_hash="
                      + plateHash("BKMT452")
                      + ""))
          .isEqualTo("DENIED");
      assertThat(
              string(
                  db,
                  "SELECT plate_match FROM access_decision WHERE plate_hash="
                      + plateHash("BKMT452")
                      + ""))
          .isEqualTo("NONE");
      assertThat(entry.lane().openPulses()).isEqualTo(pulses);
    } finally {
      GarageTestSupport.leaveLoop(entry);
    }
  }

  @Test
  void aFrameOnlyCameraIsPulledWhenAVehicleArrives() throws Exception {
    registerPermit("3FPN528");
    snapshot.set(PlateFrames.frame("3FPN528"));
    int pulses = exit.lane().openPulses();
    int served = snapshotsServed.get();
    SimulatedVehicle car = new SimulatedVehicle(exit.lane(), Duration.ofMillis(100));
    car.arrive();

    awaitDecision("3FPN528", "exit-1");
    assertThat(
            string(
                db,
                "SELECT outcome FROM access_decision WHERE plate_hash="
                    + plateHash("3FPN528")
                    + ""))
        .isEqualTo("GRANTED");
    assertThat(snapshotsServed.get()).isGreaterThan(served);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM plate_frame WHERE camera_id='cam-exit-1' AND source='snapshot'"))
        .isGreaterThanOrEqualTo(1);
    await("the barrier opens", Duration.ofSeconds(5), () -> exit.lane().openPulses() > pulses);
    assertThat(car.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    snapshot.set(PlateFrames.emptyFrame());
  }

  @Test
  void badFramesAreRefusedClearlyAndNothingStoredIsLost() {
    long frames = count(db, "SELECT COUNT(*) FROM plate_frame");
    String path = "/api/cameras/cam-entry-1/frames";

    assertRefused(postBytes(base, path, "image/jpeg", new byte[0]), 400, "empty");
    assertRefused(postBytes(base, path, "image/jpeg", PlateFrames.png("7ABC123")), 415, "PNG");
    byte[] corrupt = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x13, 0x37, 0x42};
    assertRefused(postBytes(base, path, "image/jpeg", corrupt), 400, "corrupt");
    assertRefused(postBytes(base, path, "image/jpeg", "not a picture".getBytes()), 415, "JPEG");
    assertRefused(
        postBytes(base, path, "image/jpeg", jpegHeaderDeclaring(8660, 5774)), 413, "megapixels");
    assertRefused(postBytes(base, path, "image/jpeg", new byte[9 << 20]), 413, "bytes");
    assertThat(postBytes(base, path, "image/jpeg", new byte[17 << 20]).statusCode())
        .as("a body over the server's request limit")
        .isEqualTo(413);
    assertThat(
            postBytes(
                    base, "/api/cameras/cam-nowhere/frames", "image/jpeg", PlateFrames.emptyFrame())
                .statusCode())
        .as("a camera nobody registered is refused before its frame is read")
        .isIn(401, 403);
    assertThat(postBytes(base, path, "text/plain", PlateFrames.emptyFrame()).statusCode())
        .isEqualTo(415);

    assertThat(count(db, "SELECT COUNT(*) FROM plate_frame")).isEqualTo(frames);
    assertThat(GarageTestSupport.get(base, "/api/lanes", viewer()).body())
        .doesNotContain("OUT_OF_SERVICE");
    assertThat(
            GarageTestSupport.get(base, "/api/frames/" + java.util.UUID.randomUUID(), viewer())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void anOperatorReadsThePlateFromTheImageAndTheCorrectionIsCounted() throws Exception {
    registerPermit("4WXY375");
    int pulses = entry.lane().openPulses();
    SimulatedVehicle car = arriveAt(entry, "entry-1");
    HttpResponse<String> unsure =
        post(
            base,
            GarageTestSupport.pushPath("cam-entry-1"),
            "application/json",
            GarageTestSupport.plateRecognizerPush("cam-entry-1", "4WXY37", 0.41));
    assertThat(unsure.body()).contains("\"status\":\"AWAITING_MORE_READS\"");
    String readId = unsure.body().replaceAll(".*\"readId\":\"([^\"]+)\".*", "$1");
    HttpResponse<String> unsurer =
        post(
            base,
            GarageTestSupport.pushPath("cam-entry-1"),
            "application/json",
            GarageTestSupport.plateRecognizerPush("cam-entry-1", "4WXY316", 0.35));
    assertThat(unsurer.body()).contains("\"status\":\"AWAITING_MORE_READS\"");
    String otherReadId = unsurer.body().replaceAll(".*\"readId\":\"([^\"]+)\".*", "$1");

    await(
        "the unsure read is handed to an operator",
        Duration.ofSeconds(5),
        () ->
            GarageTestSupport.get(base, "/api/reads/pending?lane=entry-1", viewer())
                .body()
                .contains("\"readId\":\"" + readId + "\",\"readText\""));
    JsonNode waiting = null;
    for (JsonNode p :
        JSON.readTree(
            GarageTestSupport.get(base, "/api/reads/pending?lane=entry-1", viewer()).body())) {
      if (readId.equals(p.path("readId").asText())) {
        waiting = p;
      }
    }
    assertThat(waiting).isNotNull();
    String exceptionId = waiting.path("exceptionId").asText();
    assertThat(waiting.path("kind").asText()).isEqualTo("LOW_CONFIDENCE_READ");
    // Issue 5: the vehicle's reads as structured candidates, most confident first.
    JsonNode candidates = waiting.path("candidates");
    assertThat(candidates.size()).as(candidates.toString()).isEqualTo(2);
    assertThat(candidates.get(0).path("text").asText()).isEqualTo("4WXY37");
    assertThat(candidates.get(0).path("confidence").asDouble()).isEqualTo(0.41);
    assertThat(candidates.get(0).path("readId").asText()).isEqualTo(readId);
    assertThat(candidates.get(1).path("text").asText()).isEqualTo("4WXY316");
    assertThat(candidates.get(1).path("confidence").asDouble()).isEqualTo(0.35);
    assertThat(candidates.get(1).path("readId").asText()).isEqualTo(otherReadId);
    assertThat(candidates.get(0).path("charConfidences").size())
        .as("the webhook gives no per-character confidences")
        .isZero();
    JsonNode listed = null;
    for (JsonNode x :
        JSON.readTree(
            GarageTestSupport.get(base, "/api/lanes/entry-1/exceptions", viewer()).body())) {
      if (exceptionId.equals(x.path("id").asText())) {
        listed = x;
      }
    }
    assertThat(listed).as("the exceptions API lists it too").isNotNull();
    assertThat(listed.path("candidates")).isEqualTo(waiting.path("candidates"));
    assertThat(
            JSON.readTree(GarageTestSupport.get(base, "/api/exceptions?limit=20", viewer()).body())
                .toString())
        .contains(waiting.path("candidates").toString());
    assertThat(entry.lane().openPulses()).as("no guess opens the barrier").isEqualTo(pulses);

    HttpResponse<String> corrected =
        post(
            base,
            "/api/reads/corrections",
            "application/json",
            GarageTestSupport.operatorToken(operatorSessions, "a.ruiz"),
            """
            {"exceptionId":"%s","plate":"4WXY375","operator":"mallory","reason":"read from image"}
            """
                .formatted(exceptionId));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    assertThat(corrected.body())
        .contains(
            "\"originalText\":\"4WXY37\"",
            "\"changed\":true",
            "\"decision\":\"GRANTED\"",
            "\"basis\":\"OPERATOR\"");
    assertThat(car.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    assertThat(count(db, "SELECT COUNT(*) FROM plate_correction WHERE operator='a.ruiz'"))
        .as("the operator of the session, not the name in the body")
        .isEqualTo(1);
    assertThat(count(db, "SELECT COUNT(*) FROM outbox WHERE event_type='plate_correction'"))
        .as("reported to the portal")
        .isGreaterThanOrEqualTo(1);
    assertThat(GarageTestSupport.get(base, "/api/reads/pending?lane=entry-1", viewer()).body())
        .doesNotContain(exceptionId);
    String accuracy =
        GarageTestSupport.get(base, "/api/reads/accuracy?lane=entry-1", viewer()).body();
    assertThat(accuracy).contains("\"corrections\":1");

    assertThat(
            post(
                    base,
                    "/api/reads/corrections",
                    "application/json",
                    GarageTestSupport.operatorToken(operatorSessions, "a.ruiz"),
                    "{\"plate\":\"4WXY375\",\"reason\":\"r\"}")
                .statusCode())
        .as("a correction names its read or exception")
        .isEqualTo(400);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private SimulatedVehicle arriveAt(IoModuleSimulator module, String lane) {
    SimulatedVehicle car = new SimulatedVehicle(module.lane(), Duration.ofMillis(100));
    car.arrive();
    await(
        "the lane sees the vehicle",
        Duration.ofSeconds(5),
        () ->
            GarageTestSupport.get(base, "/api/lanes", viewer())
                .body()
                .matches("(?s).*\"" + lane + "\"[^}]*\"WAITING_FOR_READ\".*"));
    return car;
  }

  private HttpResponse<String> pushFrame(String cameraId, byte[] jpeg) {
    return postBytes(base, "/api/cameras/" + cameraId + "/frames", "image/jpeg", jpeg);
  }

  /** POLICY K1: the images on disk are sealed; only the API serves the JPEG. */
  private void assertNoFrameFileIsAPlainJpeg() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(frameDir)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).as("K1: frame files kept").isNotEmpty();
    for (Path file : files) {
      byte[] head = Arrays.copyOf(Files.readAllBytes(file), 3);
      assertThat(head)
          .as("K1: %s does not start with the JPEG marker", file)
          .isNotEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
      assertThat(FileSealer.isSealed(Files.readAllBytes(file))).as("K1: sealed").isTrue();
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("frames-k1-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitDecision(String plate, String lane) {
    await(
        "a decision on " + plate + " at " + lane,
        Duration.ofSeconds(60),
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM access_decision WHERE plate_hash=? AND lane_id=?",
                    GarageTestSupport.hashBytes(plate),
                    lane)
                >= 1);
  }

  private static void assertRefused(HttpResponse<String> r, int status, String says) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.body()).contains(says).doesNotContain("Exception", "at org.");
  }

  private static String frameIdOf(String body) {
    Matcher m = Pattern.compile("\"frameId\":\"([^\"]+)\"").matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return m.group(1);
  }

  /** SOI and a baseline SOF0 segment declaring {@code width x height}, and nothing else. */
  private static byte[] jpegHeaderDeclaring(int width, int height) {
    return new byte[] {
      (byte) 0xFF,
      (byte) 0xD8,
      (byte) 0xFF,
      (byte) 0xC0,
      0x00,
      0x11,
      0x08,
      (byte) (height >> 8),
      (byte) height,
      (byte) (width >> 8),
      (byte) width,
      0x03,
      0x01,
      0x22,
      0x00,
      0x02,
      0x11,
      0x01,
      0x03,
      0x11,
      0x01
    };
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private HttpServer snapshotCamera() {
    try {
      HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      s.createContext(
          "/snapshot.jpg",
          exchange -> {
            byte[] body = snapshot.get();
            snapshotsServed.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      s.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
