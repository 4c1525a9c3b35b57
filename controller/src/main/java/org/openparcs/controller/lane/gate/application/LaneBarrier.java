package org.openparcs.controller.lane.gate.application;

import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.gate.model.VendResult;

/** The barrier of each lane, as the lane logic may use it. */
public interface LaneBarrier {
  /**
   * Pulses the lane's barrier open, but only while a vehicle occupies the arming loop: presence is
   * read from the loop in the same device session, never from a cached state.
   */
  VendResult vendIfVehiclePresent(LaneId lane);
}
