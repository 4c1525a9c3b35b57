package org.openparcs.portal.garage.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the one-line summary of an event from its payload: lane, outcome or reason, and the gate
 * event type, in that order, from whichever of the known field spellings the payload uses (the
 * garage controller writes camelCase; snake_case is accepted as well). In a {@code gate_event} the
 * payload's own {@code type} field is the gate event type. Plates are left out: the overview is not
 * a way to see ALPR data without a purpose (POLICY U1, T1); the plate search is.
 */
public final class EventSummaryPolicy {

  private record Field(String label, List<String> keys) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("lane", List.of("laneId", "lane_id", "lane")),
          new Field("outcome", List.of("outcome", "decision")),
          new Field("reason", List.of("reason", "rule")),
          new Field("gate", List.of("gateEvent", "gate_event", "gateEventType")));

  private static final String GATE_EVENT = "gate_event";

  /** Summaries longer than this are cut; the page shows them on one line. */
  public static final int MAX_LENGTH = 160;

  private EventSummaryPolicy() {}

  public static String summarize(String eventType, Map<String, ?> payload) {
    List<String> parts = new ArrayList<>();
    for (Field field : FIELDS) {
      firstScalar(payload, field.keys()).ifPresent(v -> parts.add(field.label() + " " + v));
    }
    if (GATE_EVENT.equals(eventType) && parts.stream().noneMatch(p -> p.startsWith("gate "))) {
      firstScalar(payload, List.of("type")).ifPresent(v -> parts.add("gate " + v));
    }
    String summary = String.join(" · ", parts);
    return summary.length() <= MAX_LENGTH ? summary : summary.substring(0, MAX_LENGTH - 1) + "…";
  }

  private static Optional<Object> firstScalar(Map<String, ?> payload, List<String> keys) {
    return keys.stream()
        .map(payload::get)
        .filter(v -> v != null && !(v instanceof Map) && !(v instanceof List))
        .map(Object.class::cast)
        .findFirst();
  }
}
