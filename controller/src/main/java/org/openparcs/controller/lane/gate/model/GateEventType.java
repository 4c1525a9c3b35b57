package org.openparcs.controller.lane.gate.model;

/** Things that happen at a barrier, as recorded. */
public enum GateEventType {
  /** The OPEN relay was pulsed for a granted vehicle on the arming loop. */
  VEND,
  /**
   * The OPEN relay was pulsed for a vehicle on the arming loop on an operator's vend (who and why
   * in the detail); reconciliation counts it as an operator vend.
   */
  OPERATOR_VEND,
  /** A grant came with no vehicle on the arming loop: no pulse. */
  VEND_REFUSED_NO_VEHICLE,
  /** The I/O module failed while vending: no pulse is known to have happened. */
  VEND_FAILED,
  /** A grant came while the lane was locked closed: no pulse. */
  VEND_REFUSED_LOCKED,
  ARMING_LOOP_OCCUPIED,
  ARMING_LOOP_CLEARED,
  SAFETY_LOOP_OCCUPIED,
  SAFETY_LOOP_CLEARED,
  ARM_UP,
  ARM_DOWN,
  /** The lane's I/O module stopped answering or answered wrongly: lane out of service. */
  DEVICE_FAULT,
  /** The I/O module answers again. */
  DEVICE_RECOVERED,
  /** The arm was not up in time after a pulse: pulsed once more. */
  PULSE_RETRIED,
  /** The arm did not rise after the pulse and its repeat: the vend failed. */
  ARM_NOT_RISING,
  /** The granted vehicle passed and the arm is down again: counted through. */
  VEHICLE_COUNTED,
  /** A vehicle left the arming loop backwards, without passing. */
  VEHICLE_REVERSED,
  /** A vehicle passed under the arm with no grant of its own. */
  TAILGATE,
  /** The arm came down before the granted vehicle moved. */
  VEND_LAPSED,
  /** A vend in progress could not be followed while the I/O module was away. */
  VEND_UNCONFIRMED,
  /** The barrier is held open by an operator. */
  HOLD_OPEN,
  /** The hold was released (with the safety loop clear): the barrier closes by itself. */
  HOLD_RELEASED,
  /** A vehicle passed while the barrier was held open, with no grant. */
  PASSED_WHILE_HELD_OPEN
}
