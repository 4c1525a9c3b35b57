package org.openparcs.controller.lane.control.model;

import java.time.Duration;

/**
 * How long a lane waits before it calls something wrong.
 *
 * @param readTimeout a vehicle on the arming loop with no read after this: an operator exception
 * @param riseTimeout the arm not up this long after a pulse: the pulse is repeated once, then an
 *     operator exception
 * @param stuckOpenAfter the arm not down this long with both loops clear: gate stuck open
 * @param loopStuckAfter a loop occupied without a break this long: loop stuck occupied
 */
public record LaneTimings(
    Duration readTimeout, Duration riseTimeout, Duration stuckOpenAfter, Duration loopStuckAfter) {

  public LaneTimings {
    for (Duration d : new Duration[] {readTimeout, riseTimeout, stuckOpenAfter, loopStuckAfter}) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("lane timings must be positive durations");
      }
    }
  }
}
