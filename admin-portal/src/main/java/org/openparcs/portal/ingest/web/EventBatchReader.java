package org.openparcs.portal.ingest.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openparcs.portal.ingest.model.EventBatch;
import org.openparcs.portal.ingest.model.EventType;
import org.openparcs.portal.ingest.model.GarageEvent;
import org.openparcs.portal.ingest.model.GateSignal;
import org.openparcs.portal.ingest.model.ReadFacts;
import org.openparcs.portal.ingest.model.SealedPlates;
import org.openparcs.portal.protection.infrastructure.EventPlates;

/**
 * Reads the body of {@code POST /api/garages/{id}/events}: {@code {"events":[{"eventId", "seq",
 * "type", "occurredAt", "payload"}, ...]}}. Every problem comes back as one sentence that names the
 * offending field, for the garage's operator to read in its relay log.
 */
@Singleton
class EventBatchReader {

  private static final String GATE_EVENT = "gate_event";
  private static final String PLATE_READ = "plate_read";
  private static final String PLATE_CORRECTION = "plate_correction";

  private final JsonMapper json;
  private final EventPlates plates;

  EventBatchReader(JsonMapper json, EventPlates plates) {
    this.json = json;
    this.plates = plates;
  }

  ParsedBatch read(byte[] body) {
    if (body == null || body.length == 0) {
      return new ParsedBatch.Invalid("the body is empty; expected {\"events\":[...]}");
    }
    JsonNode root;
    try {
      root = json.readValue(body, JsonNode.class);
    } catch (IOException e) {
      return new ParsedBatch.Invalid("the body is not well-formed JSON");
    }
    if (root == null || !root.isObject() || root.get("events") == null) {
      return new ParsedBatch.Invalid("the body must be a JSON object with an \"events\" array");
    }
    JsonNode events = root.get("events");
    if (!events.isArray()) {
      return new ParsedBatch.Invalid("\"events\" must be an array");
    }
    try {
      List<GarageEvent> read = new ArrayList<>(events.size());
      for (int i = 0; i < events.size(); i++) {
        read.add(event(events.get(i), "events[" + i + "]"));
      }
      return new ParsedBatch.Valid(new EventBatch(read));
    } catch (IllegalArgumentException e) {
      return new ParsedBatch.Invalid(e.getMessage());
    }
  }

  private GarageEvent event(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + " must be a JSON object");
    }
    UUID eventId = uuid(text(node, "eventId", where), where);
    long seq = seq(node.get("seq"), where);
    EventType type = type(text(node, "type", where), where);
    Instant occurredAt = instant(text(node, "occurredAt", where), where);
    JsonNode payload = node.get("payload");
    if (payload == null || !payload.isObject()) {
      throw new IllegalArgumentException(where + ".payload is missing or not a JSON object");
    }
    // POLICY K1: the plate fields leave the payload and are sealed here, from the tree just
    // parsed (not parsed again in the store) and outside the garage's locked transaction.
    EventPlates.Split split = plates.split(payload);
    return new GarageEvent(
        eventId,
        seq,
        type,
        occurredAt,
        split.payload(),
        gate(type, payload),
        facts(type, payload),
        new SealedPlates(split.sealed(), split.hash()));
  }

  /** A read's plate and place, or a correction's place and whether it changed the text. */
  private static ReadFacts facts(EventType type, JsonNode payload) {
    String lane = optionalText(payload, "lane", "laneId");
    String camera = optionalText(payload, "camera", "cameraId");
    if (PLATE_READ.equals(type.value())) {
      String plate = optionalText(payload, "plate", "plate");
      return plate == null || plate.isBlank()
          ? null
          : new ReadFacts(plate.strip().toUpperCase(Locale.ROOT), lane, camera, false, false);
    }
    if (PLATE_CORRECTION.equals(type.value())) {
      String original = optionalText(payload, "originalPlate", "original");
      String corrected = optionalText(payload, "correctedPlate", "corrected");
      boolean changed =
          original != null && corrected != null && !original.equalsIgnoreCase(corrected);
      return new ReadFacts(null, lane, camera, true, changed);
    }
    return null;
  }

  /** A gate event's lane and type, when it has both as text; otherwise none (stored as is). */
  private static GateSignal gate(EventType type, JsonNode payload) {
    if (!GATE_EVENT.equals(type.value())) {
      return null;
    }
    String lane = optionalText(payload, "lane", "laneId");
    String kind = optionalText(payload, "type", "gateEvent");
    if (lane == null || kind == null || lane.isBlank() || lane.length() > 64 || kind.isBlank()) {
      return null;
    }
    return new GateSignal(lane, kind, optionalText(payload, "detail", "detail"));
  }

  private static String optionalText(JsonNode node, String field, String other) {
    JsonNode value = node.get(field) != null ? node.get(field) : node.get(other);
    return value != null && value.isString() ? value.getStringValue() : null;
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isString()) {
      throw new IllegalArgumentException(where + "." + field + " is missing or not a string");
    }
    return value.getStringValue();
  }

  private static UUID uuid(String text, String where) {
    try {
      UUID id = UUID.fromString(text);
      // UUID.fromString accepts short forms such as "1-2-3-4-5"; the contract says a real UUID.
      if (!id.toString().equalsIgnoreCase(text)) {
        throw new IllegalArgumentException(text);
      }
      return id;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ".eventId is not a UUID");
    }
  }

  private static long seq(JsonNode value, String where) {
    if (value == null || !value.isNumber() || !isWholeNumber(value)) {
      throw new IllegalArgumentException(where + ".seq is missing or not an integer");
    }
    long seq = value.getLongValue();
    if (seq < 1) {
      throw new IllegalArgumentException(where + ".seq must be at least 1");
    }
    return seq;
  }

  private static boolean isWholeNumber(JsonNode value) {
    Number number = value.getNumberValue();
    return number instanceof Integer
        || number instanceof Long
        || number instanceof Short
        || number instanceof Byte;
  }

  private static EventType type(String text, String where) {
    try {
      return new EventType(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ".type: " + e.getMessage());
    }
  }

  private static Instant instant(String text, String where) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          where + ".occurredAt is not an ISO-8601 instant such as 2026-11-22T19:00:00.123456Z");
    }
  }
}
