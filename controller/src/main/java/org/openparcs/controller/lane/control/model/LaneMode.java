package org.openparcs.controller.lane.control.model;

/** How an operator has set a lane. Every change is stored with who, when and why. */
public enum LaneMode {
  /** Vehicles with a grant get a pulse when they stand on the arming loop. */
  NORMAL,
  /** Nobody is let through; the barrier stays down whatever the reads say. */
  LOCKED_CLOSED,
  /** The barrier is held up (an event); every passage is counted, granted reads are credited. */
  HELD_OPEN,
  /** The garage is full: an entry lane refuses visitors, permit holders still enter. */
  FULL
}
