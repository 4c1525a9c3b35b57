package org.openparcs.controller.tariff.model;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.openparcs.controller.shared.model.Money;

/**
 * A merchant validation: what a shop or restaurant takes off its customer's parking fee. Each may
 * carry a cap: the most it takes off.
 */
public sealed interface Discount {

  /** Exhaustive handling of every kind (Java 17 has no pattern switch). */
  <T> T match(
      Function<FreeTime, T> freeTime,
      Function<FixedAmount, T> fixedAmount,
      Function<Percentage, T> percentage);

  /** The stay is charged as if it were {@code time} shorter. */
  record FreeTime(Duration time, Money cap) implements Discount {
    public FreeTime {
      Objects.requireNonNull(time, "time");
      if (time.isNegative() || time.isZero() || time.compareTo(Duration.ofDays(7)) > 0) {
        throw new IllegalArgumentException("free time must be between 1 minute and 7 days");
      }
      checkCap(cap);
    }

    @Override
    public <T> T match(
        Function<FreeTime, T> freeTime,
        Function<FixedAmount, T> fixedAmount,
        Function<Percentage, T> percentage) {
      return freeTime.apply(this);
    }
  }

  /** {@code amount} off the fee. */
  record FixedAmount(Money amount) implements Discount {
    public FixedAmount {
      Objects.requireNonNull(amount, "amount");
      if (!amount.isPositive()) {
        throw new IllegalArgumentException("a fixed validation must take off a positive amount");
      }
    }

    @Override
    public <T> T match(
        Function<FreeTime, T> freeTime,
        Function<FixedAmount, T> fixedAmount,
        Function<Percentage, T> percentage) {
      return fixedAmount.apply(this);
    }
  }

  /** {@code basisPoints}/100 percent off the fee (2500 = 25 %), at most {@code cap}. */
  record Percentage(int basisPoints, Money cap) implements Discount {
    public Percentage {
      if (basisPoints < 1 || basisPoints > 10_000) {
        throw new IllegalArgumentException("a percentage validation is between 0.01 % and 100 %");
      }
      checkCap(cap);
    }

    @Override
    public <T> T match(
        Function<FreeTime, T> freeTime,
        Function<FixedAmount, T> fixedAmount,
        Function<Percentage, T> percentage) {
      return percentage.apply(this);
    }
  }

  private static void checkCap(Money cap) {
    if (cap != null && cap.isNegative()) {
      throw new IllegalArgumentException("a validation's cap cannot be negative");
    }
  }
}
