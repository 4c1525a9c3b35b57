package org.openparcs.controller.lane.control.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.openparcs.controller.lane.control.model.LaneTimings;

/**
 * When a lane calls something wrong ({@code parcs.lane-control.*}).
 *
 * @param readTimeout a vehicle on the arming loop this long without a plate read: operator
 *     exception
 * @param riseTimeout the arm not up this long after a pulse: one more pulse, then an exception
 * @param stuckOpenAfter the arm not down this long with both loops clear: gate stuck open
 * @param loopStuckAfter a loop occupied without a break this long: loop stuck
 * @param countersEvery read the loop counters at every n-th poll (1: every poll)
 */
@ConfigurationProperties("parcs.lane-control")
public record LaneControlSettings(
    @Bindable(defaultValue = "10s") @NotNull Duration readTimeout,
    @Bindable(defaultValue = "3s") @NotNull Duration riseTimeout,
    @Bindable(defaultValue = "60s") @NotNull Duration stuckOpenAfter,
    @Bindable(defaultValue = "5m") @NotNull Duration loopStuckAfter,
    @Bindable(defaultValue = "1") @jakarta.validation.constraints.Min(1) int countersEvery) {

  public LaneTimings timings() {
    return new LaneTimings(readTimeout, riseTimeout, stuckOpenAfter, loopStuckAfter);
  }
}
