package org.openparcs.controller.lane.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.openparcs.controller.lane.application.HandlePlateRead;
import org.openparcs.controller.lane.application.LaneOutcome;

/**
 * What a camera push caused, for the camera's log and for tests.
 *
 * @param status where the read stands in its vehicle's reads (SETTLED, AWAITING_MORE_READS, ...)
 * @param decision GRANTED or DENIED when this read settled its vehicle's read, else null
 * @param match the rule that matched the plate to a known plate (EXACT, CONFUSABLE, ...)
 */
@Serdeable
public record ReadOutcomeResponse(
    String readId,
    String lane,
    String plate,
    String status,
    @Nullable String decision,
    @Nullable String rule,
    @Nullable String reason,
    @Nullable String match,
    @Nullable String matchedPlate,
    @Nullable String basis,
    @Nullable String gate) {

  static ReadOutcomeResponse of(HandlePlateRead.ReadOutcome outcome) {
    String readId = outcome.read().id().toString();
    String lane = outcome.read().laneId().value();
    String plate = outcome.read().plate().value();
    String status = outcome.status().name();
    if (outcome.decided().isEmpty()) {
      return new ReadOutcomeResponse(
          readId, lane, plate, status, null, null, null, null, null, null, null);
    }
    return of(outcome.decided().get(), status);
  }

  /** A decision taken on a vehicle's read (an operator's correction included). */
  static ReadOutcomeResponse of(LaneOutcome o) {
    return of(o, "SETTLED");
  }

  private static ReadOutcomeResponse of(LaneOutcome o, String status) {
    String readId = o.read().id().toString();
    String lane = o.read().laneId().value();
    String plate = o.read().plate().value();
    String reason = o.decision().decision().match(g -> null, d -> d.reason().name());
    String gate =
        o.vend()
            .map(
                v ->
                    v.match(x -> "VENDED", x -> "NO_VEHICLE", x -> "DEVICE_FAILED", x -> "REFUSED"))
            .orElse(null);
    return new ReadOutcomeResponse(
        readId,
        lane,
        plate,
        status,
        o.decision().granted() ? "GRANTED" : "DENIED",
        o.decision().decision().rule(),
        reason,
        o.decision().match().kind().name(),
        o.decision().match().matched().map(p -> p.value()).orElse(null),
        o.decision().basis().name(),
        gate);
  }
}
