package org.openparcs.controller.tariff.model;

/** Why a stay costs what it costs. */
public enum ChargeBasis {
  /** Left within the free grace period. */
  GRACE,
  /** Charged by increments, capped per day. */
  TIME,
  /** An early-bird, evening or other flat rate was cheaper and the stay fitted it. */
  FLAT_RATE,
  /** No entry is known: the lost-ticket fee. */
  LOST_TICKET,
  /** A permit covers the stay. */
  PERMIT
}
