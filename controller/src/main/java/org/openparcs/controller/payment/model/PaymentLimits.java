package org.openparcs.controller.payment.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.openparcs.controller.shared.model.Money;

/**
 * What the garage accepts as a plausible transaction.
 *
 * @param maxAmount the largest single transaction; anything above is a keying error or worse
 * @param maxAge how old a transaction may be when it arrives (terminals forward after outages)
 * @param maxClockSkew how far in the future a terminal's clock may be
 */
public record PaymentLimits(Money maxAmount, Duration maxAge, Duration maxClockSkew) {

  public PaymentLimits {
    Objects.requireNonNull(maxAmount, "maxAmount");
    Objects.requireNonNull(maxAge, "maxAge");
    Objects.requireNonNull(maxClockSkew, "maxClockSkew");
  }

  /** Why {@code amount} at {@code occurredAt} is implausible now, or empty. */
  public Optional<String> problemWith(Money amount, Instant occurredAt, Instant now) {
    if (!amount.currency().equals(maxAmount.currency())) {
      return Optional.of(
          "this garage takes "
              + maxAmount.currency().getCurrencyCode()
              + ", not "
              + amount.currency().getCurrencyCode());
    }
    if (amount.isNegative()) {
      return Optional.of("an amount cannot be negative; send a REFUND to give money back");
    }
    if (amount.compareTo(maxAmount) > 0) {
      return Optional.of(
          "the amount " + amount + " is above the limit of " + maxAmount + " per transaction");
    }
    if (occurredAt.isAfter(now.plus(maxClockSkew))) {
      return Optional.of("the transaction time " + occurredAt + " is in the future");
    }
    if (occurredAt.isBefore(now.minus(maxAge))) {
      return Optional.of(
          "the transaction time " + occurredAt + " is older than " + maxAge.toDays() + " days");
    }
    return Optional.empty();
  }
}
