package org.openparcs.controller.lane.control.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;

/**
 * An operator set a lane's mode: who, when, why, from what to what. Stored before the lane acts on
 * it, and reported to the portal.
 */
public record LaneModeChange(
    UUID id,
    LaneId laneId,
    LaneMode from,
    LaneMode to,
    String operator,
    String reason,
    Instant changedAt) {

  public LaneModeChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(laneId, "laneId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(changedAt, "changedAt");
    if (operator == null || operator.isBlank() || operator.length() > 100) {
      throw new IllegalArgumentException("a mode change names its operator (1-100 characters)");
    }
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new IllegalArgumentException("a mode change says why (1-500 characters)");
    }
    if (from == to) {
      throw new IllegalArgumentException("lane " + laneId + " is already " + to);
    }
  }
}
