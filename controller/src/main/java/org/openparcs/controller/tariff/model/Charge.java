package org.openparcs.controller.tariff.model;

import java.util.Objects;
import org.openparcs.controller.shared.model.Money;

/**
 * What a stay costs.
 *
 * @param amount what is due, after validations; never negative
 * @param undiscounted the fee before merchant validations
 * @param flatRate the flat rate's name when {@code basis} is FLAT_RATE, else null
 */
public record Charge(Money amount, Money undiscounted, ChargeBasis basis, String flatRate) {
  public Charge {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(undiscounted, "undiscounted");
    Objects.requireNonNull(basis, "basis");
    if (amount.isNegative() || amount.compareTo(undiscounted) > 0) {
      throw new IllegalArgumentException("a charge is between zero and its undiscounted fee");
    }
  }

  public static Charge free(Money zero, ChargeBasis basis) {
    return new Charge(zero, zero, basis, null);
  }
}
