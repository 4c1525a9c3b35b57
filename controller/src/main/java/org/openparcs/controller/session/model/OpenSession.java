package org.openparcs.controller.session.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.plate.model.PlateText;

/** A vehicle inside the garage: entered, not yet left. */
public record OpenSession(
    UUID id,
    PlateText plate,
    UUID permitId,
    LaneId entryLane,
    UUID entryDecisionId,
    Instant enteredAt) {

  public OpenSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(plate, "plate");
    Objects.requireNonNull(entryLane, "entryLane");
    Objects.requireNonNull(entryDecisionId, "entryDecisionId");
    Objects.requireNonNull(enteredAt, "enteredAt");
  }

  /** The vehicle left through {@code exitLane} on {@code exitDecisionId}. */
  public ClosedSession close(LaneId exitLane, UUID exitDecisionId, Instant exitedAt) {
    return new ClosedSession(this, exitLane, exitDecisionId, exitedAt);
  }
}
