package org.openparcs.controller.plate.model;

/** What made a plate read the read of a vehicle. */
public enum ReadBasis {
  /** One read above the high-confidence threshold. */
  HIGH_CONFIDENCE,
  /** Several reads of the vehicle agreed on the plate. */
  AGREEMENT,
  /** No read was sure enough in the vehicle's time window: the best one, for the operator. */
  BELOW_THRESHOLD,
  /** An operator read the plate from the image. */
  OPERATOR
}
