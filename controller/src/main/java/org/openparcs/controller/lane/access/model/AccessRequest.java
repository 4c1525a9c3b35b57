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
 * Everything an access rule may look at: the lane's direction, the plate as read, the time, the
 * known plate the read was matched to and that plate's permits in this garage and open session
 * there, if any, whether the read is sure enough to decide on, and the mode an operator set the
 * lane to.
 *
 * @param plate the plate as read
 * @param permits the permits of the matched plate (none when the read matched no plate)
 * @param openSessionId the open session of the matched plate, if any
 * @param match how the read was matched to a known plate
 * @param readCertain false when no read of the vehicle was sure enough: an operator must look
 */
public record AccessRequest(
    Direction direction,
    PlateText plate,
    Instant at,
    List<Permit> permits,
    Optional<UUID> openSessionId,
    LaneMode laneMode,
    PlateMatch match,
    boolean readCertain) {

  public AccessRequest {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(plate, "plate");
    Objects.requireNonNull(at, "at");
    permits = List.copyOf(permits);
    Objects.requireNonNull(openSessionId, "openSessionId");
    Objects.requireNonNull(laneMode, "laneMode");
    Objects.requireNonNull(match, "match");
  }

  /** A sure read matched exactly: the plate's own permits and session. */
  public AccessRequest(
      Direction direction,
      PlateText plate,
      Instant at,
      List<Permit> permits,
      Optional<UUID> openSessionId,
      LaneMode laneMode) {
    this(direction, plate, at, permits, openSessionId, laneMode, PlateMatch.exact(plate), true);
  }

  public Optional<Permit> validPermit() {
    return permits.stream().filter(p -> p.isValidAt(at)).findFirst();
  }

  /** The plate the vehicle is taken to carry: the matched plate, or the read when none matched. */
  public PlateText credential() {
    return match.matched().orElse(plate);
  }
}
