package org.openparcs.controller.payment.model;

/** A payment takes money; a void cancels a payment whole; a refund gives some or all back. */
public enum PaymentKind {
  PAYMENT,
  VOID,
  REFUND
}
