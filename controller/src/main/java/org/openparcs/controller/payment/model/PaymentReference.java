package org.openparcs.controller.payment.model;

/** The terminal's or provider's own id of a transaction: a payment is recorded once per id. */
public record PaymentReference(String value) {
  public PaymentReference {
    if (value == null || !value.matches("[A-Za-z0-9._:/-]{1,100}")) {
      throw new IllegalArgumentException(
          "a payment reference is 1-100 letters, digits or . _ : / -");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
