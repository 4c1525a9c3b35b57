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

  public Money amount() {
    return charge.amount();
  }
}
