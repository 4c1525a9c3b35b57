package org.openparcs.portal.retention.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a garage's confirmation: {@code {"completedAt":"2026-11-22T03:00:00Z","counts":{"plate-
 * reads":1200,"images":1180,"session-plates":300,"held-kept":4}}}; counts are named a-z and '-' (at
 * most 32 of them) and are whole numbers from 0.
 */
@Singleton
class ConfirmationReader {

  /** The confirmation, or the problem with it (then the other fields are null). */
  record Parsed(Instant completedAt, Map<String, Long> counts, String problem) {
    static Parsed invalid(String problem) {
      return new Parsed(null, null, problem);
    }
  }

  private final JsonMapper json;

  ConfirmationReader(JsonMapper json) {
    this.json = json;
  }

  Parsed read(byte[] body) {
    JsonNode root;
    try {
      root = body == null || body.length == 0 ? null : json.readValue(body, JsonNode.class);
    } catch (IOException e) {
      return Parsed.invalid("the body is not well-formed JSON");
    }
    if (root == null || !root.isObject()) {
      return Parsed.invalid("the body must be {\"completedAt\":\"...\",\"counts\":{...}}");
    }
    JsonNode at = root.get("completedAt");
    JsonNode counts = root.get("counts");
    if (at == null || !at.isString()) {
      return Parsed.invalid("completedAt is missing or not a string");
    }
    Instant completedAt;
    try {
      completedAt = OffsetDateTime.parse(at.getStringValue()).toInstant();
    } catch (DateTimeParseException e) {
      return Parsed.invalid("completedAt is not an ISO-8601 instant");
    }
    if (counts == null || !counts.isObject() || counts.size() == 0 || counts.size() > 32) {
      return Parsed.invalid("counts must be an object of 1 to 32 named counts");
    }
    Map<String, Long> read = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : counts.entries()) {
      JsonNode v = e.getValue();
      if (!e.getKey().matches("[a-z-]{1,32}")
          || !v.isNumber()
          || !(v.getNumberValue() instanceof Integer || v.getNumberValue() instanceof Long)
          || v.getLongValue() < 0) {
        return Parsed.invalid("counts." + cut(e.getKey()) + " must be a whole number from 0");
      }
      read.put(e.getKey(), v.getLongValue());
    }
    return new Parsed(completedAt, read, null);
  }

  private static String cut(String key) {
    String safe = key.replaceAll("[^A-Za-z0-9-]", "?");
    return safe.length() > 32 ? safe.substring(0, 32) : safe;
  }
}
