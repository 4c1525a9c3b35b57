package org.openparcs.controller.lane.control.model;

/** What a lane does with a decision for the vehicle in front of it. */
public enum GrantAnswer {
  /** A vehicle is on the arming loop: pulse the barrier open. */
  PULSE,
  /** The barrier is held open: the vehicle may pass, no pulse is needed. */
  HELD_OPEN,
  /** Nobody on the arming loop: no pulse (never open on nothing). */
  NO_VEHICLE,
  /** The lane's I/O module is away: its state is unknown, nothing is commanded. */
  OUT_OF_SERVICE,
  /** The lane is locked closed by an operator. */
  LOCKED,
  /** The decision was a denial: nothing to do at the barrier. */
  DENIED
}
