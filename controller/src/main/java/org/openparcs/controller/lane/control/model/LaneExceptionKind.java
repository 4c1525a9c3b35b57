package org.openparcs.controller.lane.control.model;

/** What an operator is told about at once. */
public enum LaneExceptionKind {
  /** A vehicle waits on the arming loop and no camera read came. */
  READ_TIMEOUT,
  /** A camera read arrived while no vehicle stood on the arming loop. */
  READ_WITHOUT_VEHICLE,
  /** The arm did not rise after a pulse and a repeated pulse. */
  ARM_NOT_RISING,
  /** More vehicles passed under the arm than were let through. */
  TAILGATING,
  /** The arm left its down position without a pulse or a hold. */
  GATE_FORCED,
  /** The arm stayed up with nobody on the loops. */
  GATE_STUCK_OPEN,
  /** A loop stayed occupied without a break for too long. */
  LOOP_STUCK,
  /** The arm came down while the safety loop was occupied. */
  ARM_CLOSED_ON_VEHICLE,
  /** The lane's I/O module failed: lane out of service. */
  DEVICE_FAULT,
  /** A granted vehicle's passage could not be seen while the I/O module was away. */
  PASSAGE_UNCONFIRMED,
  /** No read of the waiting vehicle was sure enough: the operator reads the plate (image). */
  LOW_CONFIDENCE_READ,
  /** The read is equally close to two known plates: the operator reads the plate (image). */
  AMBIGUOUS_READ,
  /**
   * At an exit of a garage that admits visitors, the plate matches no open session and no permit:
   * the lane stays closed; the operator picks the real entry among the listed candidates or charges
   * a lost ticket.
   */
  NO_ENTRY_FOUND;

  /** Whether an operator resolves this exception by reading the plate (POLICY K3). */
  public boolean awaitsPlateReading() {
    return this == READ_TIMEOUT || this == LOW_CONFIDENCE_READ || this == AMBIGUOUS_READ;
  }
}
