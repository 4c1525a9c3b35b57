package org.openparcs.bridge.camera;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Plate Recognizer webhook: JSON ({@code data.camera_id}, {@code data.timestamp}, {@code
 * data.results[]} with {@code plate}, {@code score} 0..1, {@code box{xmin,ymin,xmax,ymax}}, {@code
 * region.code}), or multipart with that JSON in a {@code json} part and the picture in {@code
 * upload}. The best-scoring result is the read; no result is a vehicle without a plate read.
 */
public final class PlateRecognizerWebhook {

  public static final String FORMAT = "platerecognizer";

  // NaN and Infinity are accepted as numbers (Python, which the service is written in, writes
  // them):
  // a box of NaN is then no box, a score of NaN an invalid read, rather than the whole push lost.
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  static {
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(32)
                .maxStringLength(64 * 1024)
                .maxNumberLength(32)
                .build());
  }

  private PlateRecognizerWebhook() {}

  /** A JSON body. */
  public static CameraPush parseJson(byte[] body) throws CameraPushException {
    return read(json(body), List.of());
  }

  /** A multipart body: {@code json} and the {@code upload} picture. */
  public static CameraPush parseMultipart(String contentType, byte[] body)
      throws CameraPushException {
    JsonNode json = null;
    List<PushedImage> images = new ArrayList<>();
    for (MultipartBody.Part part : MultipartBody.parse(contentType, body)) {
      if (part.name().equals("json")) {
        json = json(part.body());
      } else if (part.name().equals("upload")) {
        images.add(JpegImages.check("scene", "upload", part.body()));
      }
    }
    if (json == null) {
      throw invalid("the multipart webhook has no 'json' part");
    }
    return read(json, images);
  }

  private static JsonNode json(byte[] body) throws CameraPushException {
    try (JsonParser parser = JSON.getFactory().createParser(body)) {
      JsonNode node = JSON.readTree(parser);
      if (node == null || !node.isObject() || parser.nextToken() != null) {
        throw new CameraPushException(
            CameraPushException.Kind.MALFORMED, "the webhook body is not one JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new CameraPushException(
          CameraPushException.Kind.MALFORMED,
          "the webhook body is not valid JSON: "
              + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
    }
  }

  private static CameraPush read(JsonNode root, List<PushedImage> images)
      throws CameraPushException {
    JsonNode data = root.path("data");
    if (!data.isObject()) {
      throw invalid("the webhook has no 'data' object");
    }
    JsonNode best = null;
    for (JsonNode result : data.path("results")) {
      if (best == null || result.path("score").asDouble() > best.path("score").asDouble()) {
        best = result;
      }
    }
    String camera = data.path("camera_id").isTextual() ? data.path("camera_id").asText() : null;
    Instant at = time(data.path("timestamp"));
    if (best == null) {
      return new CameraPush(FORMAT, camera, null, 0, null, null, null, at, images);
    }
    String plate = best.path("plate").asText("");
    if (plate.isBlank()) {
      throw invalid("results[].plate is empty");
    }
    double score = best.path("score").asDouble(-1);
    if (!(score >= 0 && score <= 1)) {
      throw invalid("results[].score must be 0..1");
    }
    JsonNode region = best.path("region").path("code");
    return new CameraPush(
        FORMAT,
        camera,
        plate.toUpperCase(Locale.ROOT),
        score,
        region.isTextual() ? region.asText() : null,
        box(best.path("box"), images.isEmpty() ? null : images.get(0)),
        null,
        at,
        images);
  }

  /** {@code box} in pixels of the uploaded picture; anything that cannot be drawn is no box. */
  private static CameraPush.Box box(JsonNode b, PushedImage picture) {
    if (!b.isObject()) {
      return null;
    }
    double xmin = coordinate(b.path("xmin"));
    double ymin = coordinate(b.path("ymin"));
    double xmax = coordinate(b.path("xmax"));
    double ymax = coordinate(b.path("ymax"));
    return PlateBoxes.pixels(xmin, ymin, xmax - xmin, ymax - ymin, picture);
  }

  private static double coordinate(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.NaN;
  }

  private static Instant time(JsonNode node) throws CameraPushException {
    if (!node.isTextual()) {
      throw invalid("data.timestamp is missing");
    }
    String text = node.asText();
    try {
      return text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid(
          "data.timestamp is not an ISO-8601 time: '" + HikvisionAnpr.excerpt(text) + "'");
    }
  }

  private static CameraPushException invalid(String message) {
    return new CameraPushException(CameraPushException.Kind.INVALID, message);
  }
}
