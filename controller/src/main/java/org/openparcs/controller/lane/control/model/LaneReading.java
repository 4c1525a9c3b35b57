package org.openparcs.controller.lane.control.model;

import java.util.Objects;
import org.openparcs.controller.lane.gate.model.SensorState;

/**
 * One read of a lane's I/O module: its sensors, and the loop counters when they were read too.
 *
 * @param tally loop counters, or null when this read did not include them
 */
public record LaneReading(SensorState sensors, LoopTally tally) {
  public LaneReading {
    Objects.requireNonNull(sensors, "sensors");
  }
}
