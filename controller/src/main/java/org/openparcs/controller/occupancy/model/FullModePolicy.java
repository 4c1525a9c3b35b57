package org.openparcs.controller.occupancy.model;

import java.util.Optional;
import org.openparcs.controller.lane.control.model.LaneMode;

/**
 * An entry lane's full mode follows occupancy: a NORMAL entry lane goes FULL when the garage is
 * full (visitors turned away, permit holders still enter), and back to NORMAL when a space frees
 * up, but only when occupancy set it FULL. An operator's mode (LOCKED_CLOSED, HELD_OPEN, or a FULL
 * an operator set) is never overridden.
 */
public final class FullModePolicy {

  /** The operator name occupancy's own mode changes carry. */
  public static final String OPERATOR = "occupancy";

  private FullModePolicy() {}

  /**
   * @param lastChangedBy who set the lane's current mode, if anyone did
   * @return the mode to change the lane to, or empty to leave it
   */
  public static Optional<LaneMode> next(
      Occupancy occupancy, LaneMode current, Optional<String> lastChangedBy) {
    if (current == LaneMode.NORMAL && occupancy.full()) {
      return Optional.of(LaneMode.FULL);
    }
    boolean ours = lastChangedBy.map(OPERATOR::equals).orElse(false);
    if (current == LaneMode.FULL && ours && !occupancy.full()) {
      return Optional.of(LaneMode.NORMAL);
    }
    return Optional.empty();
  }
}
