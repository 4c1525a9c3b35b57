package org.openparcs.controller.payment.model;

/** How the driver paid. */
public enum PaymentMethod {
  CASH,
  CARD,
  CONTACTLESS,
  APP,
  VOUCHER
}
