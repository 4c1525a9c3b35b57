package org.openparcs.controller.lane.gate.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How often the lanes' inputs are read ({@code parcs.lane-monitor.*}).
 *
 * @param pollInterval time between two reads of a lane's inputs (50 ms = 20 Hz; at most 100 ms, so
 *     inputs are read at 10 Hz or more)
 */
@ConfigurationProperties("parcs.lane-monitor")
public record LaneMonitorSettings(@Bindable(defaultValue = "50ms") @NotNull Duration pollInterval) {

  public LaneMonitorSettings {
    if (pollInterval != null
        && (pollInterval.toMillis() < 1 || pollInterval.compareTo(Duration.ofMillis(100)) > 0)) {
      throw new IllegalArgumentException(
          "parcs.lane-monitor.poll-interval must be 1..100 ms (inputs read at 10 Hz or more), was "
              + pollInterval);
    }
  }
}
