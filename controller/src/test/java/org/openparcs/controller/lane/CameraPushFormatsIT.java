package org.openparcs.controller.lane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.count;
import static org.openparcs.controller.GarageTestSupport.plateHash;

import io.micronaut.http.sse.Event;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.CameraPushes;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.operator.web.ConsoleStream;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/**
 * Hikvision ISAPI ANPR and Plate Recognizer pushes over real HTTP, and what cameras must not be
 * able to do to the controller: hostile XML, broken multipart, a 100 MB body, pictures that are not
 * pictures. Each is refused with a 4xx that says why; nothing stored is lost and the lanes keep
 * taking reads.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CameraPushFormatsIT implements TestPropertyProvider {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final IoModuleSimulator entry =
      IoModuleSimulator.start(SimulatedLane.standard("entry"), 0);
  private final IoModuleSimulator exit = IoModuleSimulator.start(SimulatedLane.standard("exit"), 0);

  @Inject EmbeddedServer server;
  @Inject org.openparcs.controller.garage.model.GarageLayout garageLayout;
  @Inject org.openparcs.controller.operator.application.OperatorSessions operatorSessions;
  @Inject PooledDatabase database;
  @Inject ConsoleStream consoleStream;
  private URI base;
  private DataSource db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>();
    p.putAll(GarageTestSupport.lane("entry-1", "ENTRY", entry, "hik-entry-1"));
    p.putAll(GarageTestSupport.lane("exit-1", "EXIT", exit, "pr-exit-1"));
    // A second Hikvision camera at the entry whose firmware sends plateRect in pixels, and says so.
    p.put("parcs.lanes.entry-1.cameras", "hik-entry-1,hik-entry-px");
    p.putAll(GarageTestSupport.cameraCredential("hik-entry-px"));
    p.put("parcs.cameras.hik-entry-px.plate-rect-units", "pixels");
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

  @Test
  void aHikvisionPushIsReadAndDecided() {
    registerPermit("7HIK123");
    HttpResponse<String> r =
        send(
            "/api/cameras/hik-entry-1/hikvision",
            CameraPushes.MULTIPART,
            CameraPushes.hikvision("7HIK123", 93));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("\"plate\":\"7HIK123\"", "\"decision\":\"GRANTED\"", "\"rule\":\"VALID_PERMIT\"");
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM plate_read WHERE plate_hash="
                    + plateHash("7HIK123")
                    + " AND source='hikvision-isapi'"
                    + " AND camera_id='hik-entry-1' AND confidence=0.93"))
        .isEqualTo(1);

    // The camera's own picture (the scene) is kept with the read, for the operator and purges.
    String frameId =
        GarageTestSupport.string(
            db,
            "SELECT frame_id FROM plate_read WHERE plate_hash="
                + plateHash("7HIK123")
                + " AND source='hikvision-isapi'");
    assertThat(frameId).as("the read points at its picture").isNotNull();
    assertThat(
            GarageTestSupport.string(
                db,
                "SELECT CONCAT(source, ' ', width, 'x', height) FROM plate_frame WHERE id=?",
                frameId))
        .isEqualTo("push 640x360");
    HttpResponse<byte[]> picture =
        GarageTestSupport.getBytes(base, "/api/frames/" + frameId, viewer());
    assertThat(picture.statusCode()).isEqualTo(200);
    assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(picture.body().length).isPositive();
  }

  @Test
  void thePlateBoxIsStoredWithTheReadAndServedWithItsFrame() {
    HttpResponse<String> hik =
        send(
            "/api/cameras/hik-entry-1/hikvision",
            CameraPushes.MULTIPART,
            CameraPushes.hikvision("7BOX001", 93));
    assertThat(hik.statusCode()).isEqualTo(200);
    assertThat(boxOf("7BOX001")).isEqualTo("256,216,128,43");
    HttpResponse<String> pr =
        send(
            "/api/cameras/pr-exit-1/platerecognizer",
            CameraPushes.MULTIPART,
            CameraPushes.plateRecognizerMultipart("pr-exit-1", "8BOX002", 0.9));
    assertThat(pr.statusCode()).isEqualTo(200);
    assertThat(boxOf("8BOX002")).isEqualTo("256,216,128,43");

    HttpResponse<String> reads = GarageTestSupport.get(base, "/api/reads?limit=50", viewer());
    assertThat(reads.statusCode()).isEqualTo(200);
    assertThat(reads.body())
        .contains(
            "\"plate\":\"7BOX001\"",
            "\"box\":{\"x\":256,\"y\":216,\"width\":128,\"height\":43},"
                + "\"frameWidth\":640,\"frameHeight\":360");
  }

  @Test
  void aHikvisionPlateRectInPixelsIsDrawnWhetherTheCameraSaysSoOrNot() {
    // Firmware differences: plateRect in pixels of the detection picture rather than 0..1000.
    HttpResponse<String> told =
        send(
            "/api/cameras/hik-entry-px/hikvision",
            CameraPushes.MULTIPART,
            CameraPushes.hikvisionInPixels("7BOX004", 93, 1280, 720));
    assertThat(told.statusCode()).as(told.body()).isEqualTo(200);
    assertThat(boxOf("7BOX004")).as("camera set to pixels").isEqualTo("512,432,256,86");
    HttpResponse<String> guessed =
        send(
            "/api/cameras/hik-entry-1/hikvision",
            CameraPushes.MULTIPART,
            CameraPushes.hikvisionInPixels("7BOX005", 93, 1920, 1080));
    assertThat(guessed.statusCode()).as(guessed.body()).isEqualTo(200);
    assertThat(boxOf("7BOX005")).as("told apart: beyond 1000").isEqualTo("768,648,384,130");
    HttpResponse<String> perMilleToAPixelCamera =
        send(
            "/api/cameras/hik-entry-px/hikvision",
            CameraPushes.MULTIPART,
            CameraPushes.hikvision("7BOX006", 93));
    assertThat(perMilleToAPixelCamera.statusCode()).isEqualTo(200);
    assertThat(
            count(db, "SELECT COUNT(*) FROM plate_read WHERE plate_hash=" + plateHash("7BOX006")))
        .as("the read is kept")
        .isEqualTo(1);
    assertThat(boxOf("7BOX006")).as("per-mille numbers outside the pixels: no box").isNull();
    assertThat(GarageTestSupport.get(base, "/api/reads?limit=50", viewer()).body())
        .contains(
            "\"box\":{\"x\":768,\"y\":648,\"width\":384,\"height\":130},"
                + "\"frameWidth\":1920,\"frameHeight\":1080");
  }

  /**
   * The console's stream is driven by the change notices, not by a timer: the stream's work runs on
   * a scheduler this test turns by hand, so nothing happens unless a notice asked for it. By the
   * time the camera's push is answered, its read's notice has already reached the open console.
   */
  @Test
  void aStoredReadReachesAnOpenConsoleBeforeThePushIsAnswered() throws Exception {
    List<Runnable> work = Collections.synchronizedList(new ArrayList<>());
    List<Event<String>> events = Collections.synchronizedList(new ArrayList<>());
    Disposable console =
        consoleStream
            .open(Schedulers.fromExecutor(work::add))
            .subscribe(events::add, e -> e.printStackTrace(System.out));
    try {
      runAll(work);
      assertThat(events).extracting(Event::getName).containsExactly("console");
      events.clear();

      HttpResponse<String> r =
          send(
              "/api/cameras/hik-entry-1/hikvision",
              CameraPushes.MULTIPART,
              CameraPushes.hikvision("7LIVE01", 91));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(work).as("the notice came with the commit, before the answer").isNotEmpty();
      runAll(work);
      assertThat(events)
          .filteredOn(e -> "reads".equals(e.getName()))
          .singleElement()
          .satisfies(e -> assertThat(e.getData()).contains("\"plate\":\"7LIVE01\""));
    } finally {
      console.dispose();
    }
  }

  /** Runs the stream's work off this thread (whose test transaction would see an old snapshot). */
  private static void runAll(List<Runnable> work) throws InterruptedException {
    while (!work.isEmpty()) {
      Thread worker = new Thread(work.remove(0), "console-stream-work");
      worker.start();
      worker.join();
    }
  }

  @Test
  void aHostilePlateBoxIsDroppedAndTheReadKept() {
    String xml =
        CameraPushes.anprXml("7BOX003", 93)
            .replaceAll(
                "<plateRect>.*</plateRect>",
                "<plateRect><X>NaN</X><Y>-4</Y><width>99999999999</width><height>1e9</height>"
                    + "</plateRect>");
    byte[] body =
        CameraPushes.multipart(
            new Object[] {"anpr.xml", "anpr.xml", "text/xml", xml},
            new Object[] {
              "detectionPicture.jpg",
              "detectionPicture.jpg",
              "image/jpeg",
              CameraPushes.scene("7BOX003", 640, 360)
            });
    HttpResponse<String> r =
        send("/api/cameras/hik-entry-1/hikvision", CameraPushes.MULTIPART, body);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"plate\":\"7BOX003\"");
    assertThat(
            count(db, "SELECT COUNT(*) FROM plate_read WHERE plate_hash=" + plateHash("7BOX003")))
        .isEqualTo(1);
    assertThat(boxOf("7BOX003")).isNull();
    String reads = GarageTestSupport.get(base, "/api/reads?limit=50", viewer()).body();
    int at = reads.indexOf("\"plate\":\"7BOX003\"");
    assertThat(at).isNotNegative();
    int next = reads.indexOf("\"readId\"", at);
    assertThat(reads.substring(at, next < 0 ? reads.length() : next))
        .contains("\"frameWidth\":640")
        .doesNotContain("\"box\"");
  }

  private String boxOf(String plate) {
    return GarageTestSupport.string(
        db,
        "SELECT CONCAT(box_x, ',', box_y, ',', box_w, ',', box_h) FROM plate_read WHERE plate_hash="
            + plateHash(plate));
  }

  @Test
  void aPlateRecognizerPushIsTakenAsJsonAndAsMultipart() {
    HttpResponse<String> json =
        send(
            "/api/cameras/pr-exit-1/platerecognizer",
            "application/json",
            utf8(CameraPushes.plateRecognizerJson("pr-exit-1", "8PRJ001", 0.88)));
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body()).contains("\"plate\":\"8PRJ001\"");
    byte[] multipart =
        CameraPushes.multipart(
            new Object[] {
              "json",
              null,
              "application/json",
              CameraPushes.plateRecognizerJson("pr-exit-1", "8PRM002", 0.9)
            },
            new Object[] {
              "upload", "car.jpg", "image/jpeg", CameraPushes.jpeg("8PRM002", 320, 200)
            });
    HttpResponse<String> form =
        send("/api/cameras/pr-exit-1/platerecognizer", CameraPushes.MULTIPART, multipart);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM plate_read WHERE plate_hash="
                    + plateHash("8PRJ001")
                    + " AND box_w=139"))
        .isEqualTo(1);
    // The sample's box (y up to 575) lies below the 320x200 picture sent with it: no box.
    assertThat(boxOf("8PRM002")).isNull();
  }

  @Test
  void hostileXmlIsRefusedAndTheLanesKeepWorking() {
    long before = reads();
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<EventNotificationAlert><eventType>ANPR</eventType><ANPR><licensePlate>&x;</licensePlate></ANPR></EventNotificationAlert>";
    StringBuilder bomb =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      bomb.append("<!ENTITY l")
          .append(i)
          .append(" \"")
          .append(("&l" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    bomb.append("]><EventNotificationAlert>&l9;</EventNotificationAlert>");
    for (String xml : new String[] {xxe, bomb.toString()}) {
      HttpResponse<String> r =
          send("/api/cameras/hik-entry-1/hikvision", CameraPushes.MULTIPART, xmlOnly(xml));
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).contains("DOCTYPE").doesNotContain("root:");
    }
    assertThat(reads()).isEqualTo(before);
    assertOtherLaneStillReads();
  }

  @Test
  void brokenMultipartAndPicturesThatAreNotPicturesAreRefused() {
    long before = reads();
    byte[] good = CameraPushes.hikvision("7BAD001", 90);
    HttpResponse<String> truncated =
        send(
            "/api/cameras/hik-entry-1/hikvision",
            CameraPushes.MULTIPART,
            java.util.Arrays.copyOf(good, good.length / 2));
    assertThat(truncated.statusCode()).isEqualTo(400);
    assertThat(truncated.body()).contains("malformed multipart");
    HttpResponse<String> noBoundary =
        send("/api/cameras/hik-entry-1/hikvision", "multipart/form-data", good);
    assertThat(noBoundary.statusCode()).isEqualTo(400);
    byte[] fakePicture =
        CameraPushes.multipart(
            new Object[] {"anpr.xml", "anpr.xml", "text/xml", CameraPushes.anprXml("7BAD002", 90)},
            new Object[] {
              "detectionPicture.jpg",
              "detectionPicture.jpg",
              "image/jpeg",
              utf8("MZ this is an executable")
            });
    HttpResponse<String> notImage =
        send("/api/cameras/hik-entry-1/hikvision", CameraPushes.MULTIPART, fakePicture);
    assertThat(notImage.statusCode()).isEqualTo(400);
    assertThat(notImage.body()).contains("is not a JPEG image");
    assertThat(reads()).isEqualTo(before);
    assertOtherLaneStillReads();
  }

  @Test
  void aHundredMegabyteBodyIsRefusedWithoutBeingRead() {
    long before = reads();
    byte[] huge = new byte[100 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    huge[huge.length - 1] = '}';
    HttpResponse<String> r;
    try {
      r = send("/api/cameras/pr-exit-1/platerecognizer", "application/json", huge);
      assertThat(r.statusCode()).isEqualTo(413);
    } catch (IllegalStateException e) {
      // The server may close the connection while the client still sends: also a refusal.
      assertThat(e).hasRootCauseInstanceOf(java.io.IOException.class);
    }
    assertThat(reads()).isEqualTo(before);
    assertOtherLaneStillReads();
  }

  @Test
  void aPushNamingAnotherCameraOrAnUnknownCameraIsRefused() {
    HttpResponse<String> other =
        send(
            "/api/cameras/pr-exit-1/platerecognizer",
            "application/json",
            utf8(CameraPushes.plateRecognizerJson("hik-entry-1", "9OTHER1", 0.9)));
    assertThat(other.statusCode())
        .as("refused and counted like the filter's refusals")
        .isEqualTo(403);
    assertThat(other.body())
        .contains("camera pr-exit-1 may push only its own reads, not camera hik-entry-1's");
    HttpResponse<String> unknown =
        send(
            "/api/cameras/nobody/hikvision",
            CameraPushes.MULTIPART,
            CameraPushes.hikvision("9OTHER2", 90));
    // No camera 'nobody' is registered, so no credential of it is accepted (issue 9).
    assertThat(unknown.statusCode()).isEqualTo(401);
  }

  private void assertOtherLaneStillReads() {
    HttpResponse<String> r =
        send(
            "/api/cameras/pr-exit-1/platerecognizer",
            "application/json",
            utf8(
                CameraPushes.plateRecognizerJson(
                    "pr-exit-1", "OK" + (System.nanoTime() % 10000), 0.9)));
    assertThat(r.statusCode()).isEqualTo(200);
  }

  private long reads() {
    return count(db, "SELECT COUNT(*) FROM plate_read");
  }

  private static byte[] xmlOnly(String xml) {
    return CameraPushes.multipart(new Object[] {"anpr.xml", "anpr.xml", "text/xml", xml});
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void registerPermit(String plate) {
    GarageTestSupport.post(
        base,
        "/api/permits",
        "application/json",
        viewer(),
        """
        {"plate":"%s","holder":"H","kind":"PERMIT","validFrom":"%s","validTo":"%s"}
        """
            .formatted(
                plate,
                Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plus(1, ChronoUnit.DAYS)));
  }

  /** A push with the token of the camera the path names, as that camera sends it. */
  private HttpResponse<String> send(String path, String contentType, byte[] body) {
    String camera = path.split("/")[3];
    try {
      return HTTP.send(
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", contentType)
              .header("Authorization", "Bearer " + GarageTestSupport.cameraToken(camera))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String viewerToken;

  /** An operator session of this garage: the garage's views need one (POLICY A5). */
  private String viewer() {
    if (viewerToken == null) {
      viewerToken =
          GarageTestSupport.operatorToken(
              operatorSessions, garageLayout.id().value(), "Vera Viewer");
    }
    return viewerToken;
  }
}
