package org.openparcs.controller.lane.access.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.plate.model.PlateText;

/**
 * A decision as stored: which read it answered, at which lane, when.
 *
 * @param plateReadId the plate read it answered, or null when a card read was the credential (the
 *     card read names its decision)
 */
public record RecordedDecision(
    UUID id,
    UUID plateReadId,
    LaneId laneId,
    PlateText plate,
    AccessDecision decision,
    Instant decidedAt) {
  public RecordedDecision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(laneId, "laneId");
    Objects.requireNonNull(plate, "plate");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }

  public boolean granted() {
    return decision instanceof AccessDecision.Granted;
  }
}
