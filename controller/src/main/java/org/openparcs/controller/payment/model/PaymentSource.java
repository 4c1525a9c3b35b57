package org.openparcs.controller.payment.model;

/** Where a transaction was taken. */
public enum PaymentSource {
  /** The pay station at an exit lane (with or without a cashier). */
  EXIT_TERMINAL,
  /** A pay-on-foot machine inside the garage. */
  PAY_ON_FOOT,
  /** The online/app payment provider, through the signed webhook. */
  ONLINE
}
