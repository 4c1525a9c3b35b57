package org.openparcs.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.openparcs.bridge.sim.CameraPushes;

/** Talks to a garage controller over HTTP as a camera and an operator would. */
public final class ControllerClient {

  /** What the controller answered to a camera push. */
  public record PushResult(
      int status, String decision, String rule, String reason, String gate, String body) {
    public boolean vended() {
      return "VENDED".equals(gate);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI base;

  public ControllerClient(URI base) {
    this.base = base;
  }

  public void registerPermit(String plate, String holder, String kind, Instant from, Instant to) {
    String body =
        JSON.createObjectNode()
            .put("plate", plate)
            .put("holder", holder)
            .put("kind", kind)
            .put("validFrom", from.toString())
            .put("validTo", to.toString())
            .toString();
    HttpResponse<String> r = post("api/permits", body);
    if (r.statusCode() != 201) {
      throw new IllegalStateException(
          "permit for " + plate + " refused: " + r.statusCode() + " " + r.body());
    }
  }

  /** Registers a permit whose holder also has a card. */
  public void registerPermit(
      String plate, String holder, String kind, Instant from, Instant to, String card) {
    String body =
        JSON.createObjectNode()
            .put("plate", plate)
            .put("holder", holder)
            .put("kind", kind)
            .put("validFrom", from.toString())
            .put("validTo", to.toString())
            .put("cardNumber", card)
            .toString();
    HttpResponse<String> r = post("api/permits", body);
    if (r.statusCode() != 201) {
      throw new IllegalStateException("permit for " + plate + " refused: " + r.body());
    }
  }

  /** Publishes a tariff (JSON as {@code POST /api/tariffs} takes it). */
  public void publishTariff(String json) {
    HttpResponse<String> r = post("api/tariffs", json);
    if (r.statusCode() != 201) {
      throw new IllegalStateException("tariff refused: " + r.statusCode() + " " + r.body());
    }
  }

  /** A Hikvision ISAPI ANPR push (anpr.xml, plate and scene JPEGs) from {@code camera}. */
  public PushResult pushHikvision(String camera, String plate, int confidence) {
    return result(
        send(
            "api/cameras/" + camera + "/hikvision",
            CameraPushes.MULTIPART,
            CameraPushes.hikvision(plate, confidence)));
  }

  /** A Plate Recognizer webhook in its multipart form, with the picture. */
  public PushResult pushPlateRecognizerWithImage(String camera, String plate, double score) {
    byte[] body =
        CameraPushes.multipart(
            new Object[] {
              "json",
              null,
              "application/json",
              CameraPushes.plateRecognizerJson(camera, plate, score)
            },
            new Object[] {"upload", "frame.jpg", "image/jpeg", CameraPushes.jpeg(plate, 640, 360)});
    return result(send("api/cameras/" + camera + "/platerecognizer", CameraPushes.MULTIPART, body));
  }

  private HttpResponse<String> send(String path, String type, byte[] body) {
    try {
      return http.send(
          HttpRequest.newBuilder(base.resolve(path))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", type)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("controller unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static PushResult result(HttpResponse<String> r) {
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

  /** Pushes a Plate Recognizer webhook as camera {@code camera} would. */
  public PushResult push(String camera, String plate, double score) {
    String body =
        """
        {"hook":{"target":"%s","id":"demo","event":"recognition"},
         "data":{"camera_id":"%s","timestamp":"%s","filename":"frame.jpg",
          "results":[{"plate":"%s","score":%s,"box":{"xmin":520,"ymin":380,"xmax":690,"ymax":430},
                      "region":{"code":"us-ca","score":0.9}}]}}
        """
            .formatted(base, camera, Instant.now(), plate.toLowerCase(), score);
    HttpResponse<String> r = post("api/cameras/platerecognizer", body);
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

  /** The controller's link to the portal: {@code backlog}, {@code linkUp}, ... */
  public JsonNode reporting() {
    return getJson("api/reporting");
  }

  public JsonNode lanes() {
    return getJson("api/lanes");
  }

  private JsonNode getJson(String path) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(base.resolve(path)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException("controller unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> post(String path, String body) {
    try {
      return http.send(
          HttpRequest.newBuilder(base.resolve(path))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
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
