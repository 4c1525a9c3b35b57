package org.openparcs.portal.garage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-line summaries of the garages page. */
class EventSummaryPolicyTest {

  @Test
  void summarisesAnAccessDecisionWithoutItsPlatePolicyU1() {
    Map<String, Object> payload =
        Map.of("plate", "7ABC123", "laneId", "L1", "outcome", "DENIED", "reason", "NO_PERMIT");

    assertThat(EventSummaryPolicy.summarize("access_decision", payload))
        .isEqualTo("lane L1 · outcome DENIED · reason NO_PERMIT")
        .doesNotContain("7ABC123");
  }

  @Test
  void takesAGateEventsOwnTypeAsTheGateEvent() {
    assertThat(EventSummaryPolicy.summarize("gate_event", Map.of("lane_id", "X2", "type", "VEND")))
        .isEqualTo("lane X2 · gate VEND");
  }

  @Test
  void ignoresNestedValuesAndUnknownFields() {
    assertThat(EventSummaryPolicy.summarize("plate_read", Map.of("plate", Map.of("a", 1), "x", 2)))
        .isEmpty();
  }

  @Test
  void cutsLongSummaries() {
    String summary = EventSummaryPolicy.summarize("plate_read", Map.of("lane", "L".repeat(400)));

    assertThat(summary).hasSize(EventSummaryPolicy.MAX_LENGTH).endsWith("…");
  }
}
