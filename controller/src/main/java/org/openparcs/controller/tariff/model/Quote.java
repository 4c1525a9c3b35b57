package org.openparcs.controller.tariff.model;

import java.time.Instant;
import java.util.Objects;
import org.openparcs.controller.shared.model.Money;

/**
 * The fee of a stay at one moment, with the tariff version that priced it.
 *
 * @param tariffVersion the version that priced the stay; null for a stay a permit covers fully when
 *     no tariff is published
 */
public record Quote(StayToQuote stay, Charge charge, String tariffVersion, Instant quotedAt) {
  public Quote {
    Objects.requireNonNull(stay, "stay");
    Objects.requireNonNull(charge, "charge");
    Objects.requireNonNull(quotedAt, "quotedAt");
  }

  /** The stay's fee so far, after validations. */
  public Money amount() {
    return charge.amount();
  }

  /** What is still to pay: the fee less what the stay already paid. */
  public Money due() {
    return charge
        .amount()
        .minus(Money.of(stay.paidMinor(), charge.amount().currency()))
        .atLeastZero();
  }
}
