package org.openparcs.controller.payment.model;

import java.util.Optional;
import org.openparcs.controller.shared.model.Money;

/**
 * What may reverse a payment: a void cancels it whole and only while nothing was given back yet;
 * refunds give back at most what is left of it.
 */
public final class Reversals {

  private Reversals() {}

  /** Why the reversal is refused, or empty. */
  public static Optional<String> problem(
      PaymentKind kind, Money amount, Money original, Money left) {
    if (kind == PaymentKind.VOID) {
      if (!left.equals(original)) {
        return Optional.of("the payment was already voided or refunded");
      }
      if (!amount.equals(original)) {
        return Optional.of("a void cancels the whole payment of " + original);
      }
      return Optional.empty();
    }
    if (!amount.isPositive()) {
      return Optional.of("a refund gives back a positive amount");
    }
    if (amount.compareTo(left) > 0) {
      return Optional.of("a refund of " + amount + " exceeds the " + left + " left of the payment");
    }
    return Optional.empty();
  }
}
