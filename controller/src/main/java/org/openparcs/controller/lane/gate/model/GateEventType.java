package org.openparcs.controller.lane.gate.model;

/** Things that happen at a barrier, as recorded. */
public enum GateEventType {
  /** The OPEN relay was pulsed for a granted vehicle on the arming loop. */
  VEND,
  /** A grant came with no vehicle on the arming loop: no pulse. */
  VEND_REFUSED_NO_VEHICLE,
  /** The I/O module failed while vending: no pulse is known to have happened. */
  VEND_FAILED,
  ARMING_LOOP_OCCUPIED,
  ARMING_LOOP_CLEARED,
  SAFETY_LOOP_OCCUPIED,
  SAFETY_LOOP_CLEARED,
  ARM_UP,
  ARM_DOWN,
  /** The lane's I/O module stopped answering or answered wrongly: lane out of service. */
  DEVICE_FAULT,
  /** The I/O module answers again. */
  DEVICE_RECOVERED
}
