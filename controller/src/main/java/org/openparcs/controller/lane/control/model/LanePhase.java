package org.openparcs.controller.lane.control.model;

/** Where a lane is in letting vehicles through, as operators see it. */
public enum LanePhase {
  /** The I/O module is away: nothing about the lane is known. */
  OUT_OF_SERVICE,
  /** Nobody at the barrier, arm down. */
  IDLE,
  /** A vehicle on the arming loop without a grant yet. */
  WAITING_FOR_READ,
  /** Pulsed; waiting for the arm to be up. */
  OPENING,
  /** Arm up, waiting for the vehicle to drive under it. */
  OPEN,
  /** A vehicle on the safety loop under the arm. */
  PASSING,
  /** Arm on its way down after the passage. */
  CLOSING,
  /** Held open by an operator. */
  HELD_OPEN
}
