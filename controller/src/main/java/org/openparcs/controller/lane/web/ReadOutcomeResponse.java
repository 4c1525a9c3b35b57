package org.openparcs.controller.lane.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.openparcs.controller.lane.application.LaneOutcome;

/** What a camera push caused, for the camera's log and for tests. */
@Serdeable
public record ReadOutcomeResponse(
    String readId,
    String lane,
    String plate,
    String decision,
    String rule,
    @Nullable String reason,
    @Nullable String gate) {

  static ReadOutcomeResponse of(LaneOutcome o) {
    String reason = o.decision().decision().match(g -> null, d -> d.reason().name());
    String gate =
        o.vend()
            .map(
                v ->
                    v.match(x -> "VENDED", x -> "NO_VEHICLE", x -> "DEVICE_FAILED", x -> "REFUSED"))
            .orElse(null);
    return new ReadOutcomeResponse(
        o.read().id().toString(),
        o.read().laneId().value(),
        o.read().plate().value(),
        o.decision().granted() ? "GRANTED" : "DENIED",
        o.decision().decision().rule(),
        reason,
        gate);
  }
}
