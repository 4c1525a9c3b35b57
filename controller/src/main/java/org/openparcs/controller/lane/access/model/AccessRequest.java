package org.openparcs.controller.lane.access.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.garage.model.Direction;
import org.openparcs.controller.plate.model.PlateText;

/**
 * Everything an access rule may look at: the lane's direction, the plate, the time, the plate's
 * permits in this garage and its open session there, if any.
 */
public record AccessRequest(
    Direction direction,
    PlateText plate,
    Instant at,
    List<Permit> permits,
    Optional<UUID> openSessionId) {

  public AccessRequest {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(plate, "plate");
    Objects.requireNonNull(at, "at");
    permits = List.copyOf(permits);
    Objects.requireNonNull(openSessionId, "openSessionId");
  }

  public Optional<Permit> validPermit() {
    return permits.stream().filter(p -> p.isValidAt(at)).findFirst();
  }
}
