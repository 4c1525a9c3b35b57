package org.openparcs.portal.protection.infrastructure;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * The plate fields of a received event, kept apart from its payload (POLICY K1): at ingest they
 * leave the payload and are sealed as one JSON object ({@code received_event.plate_fields}), with
 * the lookup hash of the event's plate ({@code plate_hash}); readers that show plates put them
 * back. The payload column then holds no plate, so the SQL that reads lanes, money and ids from it
 * is unchanged.
 */
public final class EventPlates {

  /**
   * Every field a garage event carries a plate in (see the garage's EventPayloads); {@code detail}
   * too, because a lane exception's detail names the plate read and its candidates.
   */
  public static final List<String> FIELDS =
      List.of(
          "plate",
          "matchedPlate",
          "originalText",
          "correctedText",
          "originalPlate",
          "correctedPlate",
          "plates",
          "detail");

  private static final Argument<Map<String, Object>> JSON_OBJECT =
      Argument.mapOf(String.class, Object.class);

  /**
   * A payload without its plates.
   *
   * @param payload the JSON payload to store
   * @param sealed the sealed plate fields; null when the event has none
   * @param hash the lookup hash of the event's plate; null when it has none
   */
  public record Split(String payload, byte[] sealed, byte[] hash) {}

  private final JsonMapper json;
  private final PlateCipher cipher;
  private final PlateLookup lookup;

  public EventPlates(JsonMapper json, PlateCipher cipher, PlateLookup lookup) {
    this.json = json;
    this.cipher = cipher;
    this.lookup = lookup;
  }

  public Split split(String payloadJson) {
    Map<String, Object> payload = parse(payloadJson);
    Map<String, Object> plates = new LinkedHashMap<>();
    for (String field : FIELDS) {
      if (payload.containsKey(field)) {
        plates.put(field, payload.remove(field));
      }
    }
    if (plates.isEmpty()) {
      return new Split(payloadJson, null, null);
    }
    String plate = lookupPlate(plates);
    return new Split(
        write(payload),
        cipher.sealBytes(
            write(plates).getBytes(java.nio.charset.StandardCharsets.UTF_8), context()),
        plate == null ? null : lookup.hash(plate));
  }

  /**
   * {@link #split(String)} of a payload the batch reader has already parsed: the tree is written
   * twice (payload, plate fields), never parsed again.
   */
  public Split split(JsonNode payload) {
    Map<String, JsonNode> rest = new LinkedHashMap<>();
    Map<String, JsonNode> plates = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : payload.entries()) {
      (FIELDS.contains(e.getKey()) ? plates : rest).put(e.getKey(), e.getValue());
    }
    if (plates.isEmpty()) {
      return new Split(writeTree(payload), null, null);
    }
    Map<String, Object> texts = new LinkedHashMap<>();
    plates.forEach((k, v) -> texts.put(k, v.isString() ? v.getStringValue() : v));
    String plate = lookupPlate(texts);
    return new Split(
        writeTree(JsonNode.createObjectNode(rest)),
        cipher.sealBytes(
            writeTree(JsonNode.createObjectNode(plates))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            context()),
        plate == null ? null : lookup.hash(plate));
  }

  /**
   * The plate an event is found by: its {@code plate}, else a correction's corrected text; in the
   * form searches use (trimmed, upper case, as the ingest's read facts).
   */
  public static String lookupPlate(Map<String, ?> plates) {
    for (String field : List.of("plate", "correctedText", "correctedPlate")) {
      Object v = plates.get(field);
      if (v instanceof String s && !s.isBlank()) {
        return s.strip().toUpperCase(Locale.ROOT);
      }
    }
    return null;
  }

  /** The opened plate fields; empty for none. */
  public Map<String, Object> fields(byte[] sealed) {
    if (sealed == null) {
      return Map.of();
    }
    return parse(
        new String(cipher.openBytes(sealed, context()), java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The plate fields of an opened value (the JSON object text). */
  public Map<String, Object> parseOpened(String opened) {
    return parse(opened);
  }

  /** The payload with its plate fields back, for readers that show them. */
  public String join(String payloadJson, byte[] sealed) {
    if (sealed == null) {
      return payloadJson;
    }
    Map<String, Object> payload = parse(payloadJson);
    payload.putAll(fields(sealed));
    return write(payload);
  }

  private static String context() {
    return SealedContexts.EVENT_PLATES;
  }

  private Map<String, Object> parse(String text) {
    try {
      return new LinkedHashMap<>(json.readValue(text, JSON_OBJECT));
    } catch (IOException e) {
      throw new UncheckedIOException("an event payload is not a JSON object", e);
    }
  }

  private String writeTree(JsonNode value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException("an event payload could not be written", e);
    }
  }

  private String write(Map<String, Object> value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException("an event payload could not be written", e);
    }
  }
}
