package org.openparcs.controller.lane.access.model;

/** Why a vehicle was not let through. */
public enum DenialReason {
  /** No permit or session knows this plate (visitor entry comes with payments). */
  UNKNOWN_PLATE,
  /** The plate's permit ended. */
  PERMIT_EXPIRED,
  /** The plate's permit has not started yet. */
  PERMIT_NOT_YET_VALID,
  /** The plate already has an open session in this garage (anti-passback). */
  ALREADY_INSIDE,
  /** At exit: no open session and no valid permit for this plate. */
  NO_SESSION,
  /** An operator locked the lane closed. */
  LANE_LOCKED,
  /** The garage is full: the entry admits permit holders only. */
  GARAGE_FULL,
  /** No read of the vehicle was sure enough: an operator reads the plate from the image. */
  READ_UNCERTAIN,
  /** The read is equally close to two known plates: an operator reads it from the image. */
  AMBIGUOUS_READ,
  /** The permit holder's group already has its "Parks" vehicles inside. */
  PERMIT_GROUP_FULL,
  /** At exit: the stay owes money; pay by plate, then leave. */
  PAYMENT_DUE
}
