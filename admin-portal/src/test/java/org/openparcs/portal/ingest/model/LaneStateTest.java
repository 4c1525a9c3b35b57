package org.openparcs.portal.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Live lane status from received gate events: a device fault puts a lane out of service. */
class LaneStateTest {

  private static final Instant AT = Instant.parse("2026-11-22T19:00:00Z");

  private static GarageEvent gate(long seq, String lane, String type) {
    return new GarageEvent(
        UUID.randomUUID(),
        seq,
        new EventType("gate_event"),
        AT.plusSeconds(seq),
        "{}",
        new GateSignal(lane, type, type.equals("DEVICE_FAULT") ? "no answer from 10.0.0.5" : null));
  }

  @Test
  void theLastGateEventOfEachLaneInTheBatchSetsItsState() {
    List<LaneState> states =
        LaneState.latest(
            List.of(
                gate(1, "entry-1", "ARM_UP"),
                gate(2, "exit-1", "DEVICE_FAULT"),
                gate(3, "entry-1", "DEVICE_FAULT"),
                gate(4, "entry-1", "DEVICE_RECOVERED")));

    assertThat(states)
        .containsExactly(
            new LaneState("entry-1", true, "DEVICE_RECOVERED", AT.plusSeconds(4), 4, null),
            new LaneState(
                "exit-1", false, "DEVICE_FAULT", AT.plusSeconds(2), 2, "no answer from 10.0.0.5"));
  }

  @Test
  void otherEventsDoNotTouchLanes() {
    GarageEvent read =
        new GarageEvent(UUID.randomUUID(), 1, new EventType("plate_read"), AT, "{}", null);

    assertThat(LaneState.latest(List.of(read))).isEmpty();
  }
}
