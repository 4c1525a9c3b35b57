package org.openparcs.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.openparcs.bridge.sim.CameraPushes;
import org.openparcs.identity.SignedRequests;
import org.openparcs.identity.SigningKey;

/**
 * Talks to a garage controller over HTTPS as a camera (with its token) would, and to the garage's
 * views and permits as the portal does: each such request signed with the portal's key (POLICY A5,
 * K1: the garage answers plate data only to an operator session of its own or to the portal).
 */
public final class ControllerClient {

  /** What the controller answered to a camera push. */
  public record PushResult(
      int status, String decision, String rule, String reason, String gate, String body) {
    public boolean vended() {
      return "VENDED".equals(gate);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http;
  private final URI base;
  private final Map<String, String> cameraTokens;
  private final Map<String, CameraFormat> cameraFormats;
  private final SigningKey portalKey;
  private final String purpose;

  /**
   * @param tls trusts the controller's certificate (null for plain HTTP)
   * @param cameraTokens each camera's token, sent with its pushes
   * @param cameraFormats what each camera pushes ({@link #push}); Plate Recognizer when not named
   * @param portalKey the portal's signing key, for the garage's views and permits
   * @param purpose what the portal's requests are for: a purpose id of the garage's profile
   */
  public ControllerClient(
      URI base,
      SSLContext tls,
      Map<String, String> cameraTokens,
      Map<String, CameraFormat> cameraFormats,
      SigningKey portalKey,
      String purpose) {
    this.base = base;
    this.portalKey = portalKey;
    this.purpose = purpose;
    this.cameraTokens = Map.copyOf(cameraTokens);
    this.cameraFormats = Map.copyOf(cameraFormats);
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
    if (tls != null) {
      builder.sslContext(tls);
    }
    this.http = builder.build();
  }

  public void registerPermit(String plate, String holder, String kind, Instant from, Instant to) {
    registerPermit(plate, holder, kind, from, to, null);
  }

  /** A permit that also carries a card ({@code facility:number}), a second credential. */
  public void registerPermit(
      String plate, String holder, String kind, Instant from, Instant to, String cardNumber) {
    com.fasterxml.jackson.databind.node.ObjectNode permit =
        JSON.createObjectNode()
            .put("plate", plate)
            .put("holder", holder)
            .put("kind", kind)
            .put("validFrom", from.toString())
            .put("validTo", to.toString());
    if (cardNumber != null) {
      permit.put("cardNumber", cardNumber);
    }
    String body = permit.toString();
    HttpResponse<String> r = signedPost("api/permits", body);
    if (r.statusCode() != 201) {
      throw new IllegalStateException(
          "permit for " + plate + " refused: " + r.statusCode() + " " + r.body());
    }
  }

  /** Publishes a tariff version (JSON as {@code POST /api/tariffs} takes it). */
  public void publishTariff(String tariffJson) {
    HttpResponse<String> r = post("api/tariffs", tariffJson, null);
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException("tariff refused: " + r.statusCode() + " " + r.body());
    }
  }

  /** Pay by plate: what the vehicle owes now ({@code GET /api/quotes?plate=}). */
  public JsonNode quote(String plate) {
    return getJson("api/quotes?plate=" + plate);
  }

  /** Pays a session at the exit terminal; returns the HTTP status. */
  public int pay(String reference, String sessionId, long amount, String currency, String lane) {
    String body =
        JSON.createObjectNode()
            .put("reference", reference)
            .put("source", "EXIT_TERMINAL")
            .put("method", "CARD")
            .put("amount", amount)
            .put("currency", currency)
            .put("sessionId", sessionId)
            .put("terminal", lane)
            .put("lane", lane)
            .put("occurredAt", Instant.now().toString())
            .toString();
    return post("api/payments", body, null).statusCode();
  }

  /**
   * Pushes a read as camera {@code camera} sends it: a Hikvision ANPR multipart ({@code score} as
   * its 0-100 confidence) or a Plate Recognizer webhook, each to the camera's own endpoint.
   */
  public PushResult push(String camera, String plate, double score) {
    return cameraFormats.get(camera) == CameraFormat.HIKVISION_ISAPI
        ? pushHikvision(camera, plate, (int) Math.round(score * 100))
        : pushPlateRecognizer(camera, plate, score);
  }

  /**
   * A Hikvision ISAPI ANPR push (anpr.xml and both JPEGs) to {@code /api/cameras/{id}/hikvision}.
   */
  public PushResult pushHikvision(String camera, String plate, int confidence) {
    return outcome(
        postBytes(
            "api/cameras/" + camera + "/hikvision",
            CameraPushes.MULTIPART,
            CameraPushes.hikvision(plate, confidence),
            cameraTokens.get(camera)));
  }

  /** A vehicle the Hikvision camera saw without reading its plate ({@code unknown}). */
  public PushResult pushHikvisionNoPlate(String camera) {
    return pushHikvision(camera, "unknown", 0);
  }

  /**
   * A Plate Recognizer webhook to {@code /api/cameras/{id}/platerecognizer}, as multipart: the JSON
   * and the scene it was read from, its {@code box} on the plate drawn in the scene.
   */
  public PushResult pushPlateRecognizer(String camera, String plate, double score) {
    return outcome(
        postBytes(
            "api/cameras/" + camera + "/platerecognizer",
            CameraPushes.MULTIPART,
            CameraPushes.plateRecognizerMultipart(camera, plate, score),
            cameraTokens.get(camera)));
  }

  private static PushResult outcome(HttpResponse<String> r) {
    try {
      JsonNode n = JSON.readTree(r.body());
      return new PushResult(
          r.statusCode(),
          text(n, "decision"),
          text(n, "rule"),
          text(n, "reason"),
          text(n, "gate"),
          r.body());
    } catch (IOException e) {
      return new PushResult(r.statusCode(), null, null, null, null, r.body());
    }
  }

  /**
   * Pushes JPEG frames as a frame-only camera would ({@code POST /api/cameras/{id}/frames}), then
   * waits for the controller's own reader and the lane to decide on them ({@code GET /api/reads}).
   * The status is the first refusal, or 202; decision fields stay null when none came in time.
   */
  public PushResult pushFrames(String camera, String lane, List<byte[]> frames, Duration wait)
      throws InterruptedException {
    Set<String> ids = new HashSet<>();
    for (byte[] frame : frames) {
      HttpResponse<String> r =
          postBytes(
              "api/cameras/" + camera + "/frames", "image/jpeg", frame, cameraTokens.get(camera));
      if (r.statusCode() != 202) {
        return new PushResult(r.statusCode(), null, null, null, null, r.body());
      }
      ids.add(text(readTree(r.body()), "frameId"));
    }
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonNode read : getJson("api/reads?lane=" + lane + "&limit=20")) {
        if (ids.contains(text(read, "frameId")) && text(read, "outcome") != null) {
          return new PushResult(
              202,
              text(read, "outcome"),
              text(read, "rule"),
              text(read, "reason"),
              null,
              read.toString());
        }
      }
      Thread.sleep(50);
    }
    return new PushResult(202, null, null, null, null, "no decision yet");
  }

  /** The controller's link to the portal: {@code backlog}, {@code linkUp}, ... */
  public JsonNode reporting() {
    return getJson("api/reporting");
  }

  /** The garage's purges: the one under way and the latest with their counts. */
  public JsonNode purges() {
    return getJson("api/retention/purges");
  }

  /** Asks the controller to fetch and carry out the portal's purge orders now. */
  public JsonNode pollPurgeOrders() {
    HttpResponse<String> r = post("api/retention/purge-orders/poll", "", null);
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException("poll answered " + r.statusCode() + ": " + r.body(), e);
    }
  }

  public JsonNode lanes() {
    return getJson("api/lanes");
  }

  /** {@code /health/readiness} with its details (answered 200 or 503). */
  public JsonNode readiness() {
    return getJson("health/readiness");
  }

  /** The Prometheus text of {@code /prometheus}. */
  public String prometheus() {
    return getText("prometheus");
  }

  /** The lanes' OSDP card readers and displays: status, identity, failures. */
  public JsonNode laneDevices() {
    return getJson("api/lane-devices");
  }

  private JsonNode getJson(String path) {
    try {
      return JSON.readTree(getText(path));
    } catch (IOException e) {
      throw new IllegalStateException("not JSON at " + path + ": " + e.getMessage(), e);
    }
  }

  private String getText(String path) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
      signed(request, "GET", path, new byte[0]);
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return r.body();
    } catch (IOException e) {
      throw new IllegalStateException("controller unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> postBytes(
      String path, String contentType, byte[] body, String bearer) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve(path))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", contentType)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      if (bearer != null) {
        request.header("Authorization", "Bearer " + bearer);
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("controller unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Signs as the portal: method, path with query, body (see {@code SignedRequests}). */
  private void signed(HttpRequest.Builder request, String method, String path, byte[] body) {
    URI uri = base.resolve(path);
    String pathAndQuery =
        uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    SignedRequests.sign(portalKey, method, pathAndQuery, body, Instant.now())
        .forEach(request::header);
    request.header("Parcs-Purpose", purpose);
  }

  private HttpResponse<String> signedPost(String path, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve(path))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
      signed(request, "POST", path, bytes);
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("controller unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode readTree(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("the controller answered no JSON: " + body, e);
    }
  }

  private HttpResponse<String> post(String path, String body, String bearer) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve(path))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body));
      if (bearer != null) {
        request.header("Authorization", "Bearer " + bearer);
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("controller unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
