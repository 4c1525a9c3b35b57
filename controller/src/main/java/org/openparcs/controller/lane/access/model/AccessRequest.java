package org.openparcs.controller.lane.access.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.garage.model.Direction;
import org.openparcs.controller.lane.control.model.LaneMode;
import org.openparcs.controller.plate.model.PlateText;

/**
 * Everything an access rule may look at: the lane's direction, the plate, the time, the plate's
 * permits in this garage, its open session there, if any, and the mode an operator set the lane to.
 */
public record AccessRequest(
    Direction direction,
    PlateText plate,
    Instant at,
    List<Permit> permits,
    Optional<UUID> openSessionId,
    LaneMode laneMode) {

  public AccessRequest {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(plate, "plate");
    Objects.requireNonNull(at, "at");
    permits = List.copyOf(permits);
    Objects.requireNonNull(openSessionId, "openSessionId");
    Objects.requireNonNull(laneMode, "laneMode");
  }

  public Optional<Permit> validPermit() {
    return permits.stream().filter(p -> p.isValidAt(at)).findFirst();
  }
}
