package org.openparcs.controller.lane.control.application;

import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.model.DeviceCommand;
import org.openparcs.controller.lane.control.model.LaneReading;

/** A lane's I/O module as the lane control uses it: read its sensors, command its barrier. */
public interface LaneHardware {

  /**
   * Reads the lane's sensors now, never from a cache.
   *
   * @param withCounters also read the loop counters (one more transaction)
   */
  LaneReading read(LaneId lane, boolean withCounters) throws DeviceFailure;

  /** Carries out {@code command} on the lane's barrier. */
  void perform(LaneId lane, DeviceCommand command) throws DeviceFailure;
}
