package org.openparcs.controller.lane.access.model;

import java.util.Optional;
import org.openparcs.controller.lane.control.model.LaneMode;

/** A lane an operator locked closed lets nobody through, whatever else the plate has. */
public final class LaneModePolicy implements AccessPolicy {
  @Override
  public Optional<AccessDecision> evaluate(AccessRequest request) {
    return request.laneMode() == LaneMode.LOCKED_CLOSED
        ? Optional.of(new AccessDecision.Denied("LANE_LOCKED", DenialReason.LANE_LOCKED))
        : Optional.empty();
  }
}
