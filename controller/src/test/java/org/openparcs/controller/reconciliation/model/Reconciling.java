package org.openparcs.controller.reconciliation.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.tariff.model.StayPricing;
import org.openparcs.controller.tariff.model.Tariff;
import org.openparcs.controller.tariff.model.TariffSchedule;
import org.openparcs.controller.tariff.model.TariffVersion;

/** A week of November 2026 in Los Angeles, a $4-an-hour tariff, the standard thresholds. */
final class Reconciling {

  static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  static final Currency USD = Currency.getInstance("USD");
  static final Period WEEK = new Period(la("2026-11-23T00:00"), la("2026-11-30T00:00"));

  private Reconciling() {}

  static RuleContext context() {
    return context(Thresholds.standard());
  }

  static RuleContext context(Thresholds thresholds) {
    Tariff hourly =
        new Tariff(
            USD,
            Duration.ZERO,
            Duration.ofHours(1),
            usd(400),
            null,
            usd(3000),
            null,
            null,
            List.of(),
            usd(5000));
    TariffSchedule schedule =
        new TariffSchedule(List.of(new TariffVersion("t1", la("2026-01-01T00:00"), hourly)));
    return new RuleContext(WEEK, thresholds, new StayPricing(schedule, LA, USD), USD, LA);
  }

  static Money usd(long cents) {
    return Money.of(cents, USD);
  }

  static Instant la(String local) {
    return LocalDateTime.parse(local).atZone(LA).toInstant();
  }

  static UUID id(int n) {
    return new UUID(0, n);
  }
}
