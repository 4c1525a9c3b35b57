package org.openparcs.controller.reconciliation.model;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.tariff.model.StayPricing;

/** What every rule of one run shares: the period, the thresholds, the tariffs, the garage. */
public record RuleContext(
    Period period, Thresholds thresholds, StayPricing pricing, Currency currency, ZoneId zone) {

  public RuleContext {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(pricing, "pricing");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(zone, "zone");
  }

  public Money zero() {
    return Money.zero(currency);
  }

  public Money money(long minor) {
    return Money.of(minor, currency);
  }
}
