package org.openparcs.bridge.lane;

/**
 * What the lane's sensors say at one read.
 *
 * @param armingLoopOccupied a vehicle stands on the arming loop in front of the barrier
 * @param safetyLoopOccupied a vehicle stands on the safety loop under the arm
 * @param armUp the arm-up limit switch is closed
 * @param armDown the arm-down limit switch is closed
 */
public record LaneSignals(
    boolean armingLoopOccupied, boolean safetyLoopOccupied, boolean armUp, boolean armDown) {

  /** Both limit switches closed, or neither for long, means a fault or an arm in motion. */
  public boolean armInMotionOrFaulty() {
    return armUp == armDown;
  }
}
