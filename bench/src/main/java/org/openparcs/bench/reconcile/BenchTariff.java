package org.openparcs.bench.reconcile;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.tariff.model.FlatRate;
import org.openparcs.controller.tariff.model.Tariff;
import org.openparcs.controller.tariff.model.TariffVersion;

/** A downtown tariff: $1 per 15 minutes, $24 a day, weekend prices, early bird and evening. */
final class BenchTariff {

  private BenchTariff() {}

  static TariffVersion version() {
    Currency usd = Currency.getInstance("USD");
    Tariff t =
        new Tariff(
            usd,
            Duration.ofMinutes(10),
            Duration.ofMinutes(15),
            Money.of(100, usd),
            Money.of(75, usd),
            Money.of(2400, usd),
            Money.of(1500, usd),
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
            List.of(
                new FlatRate(
                    "early-bird",
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(6, 0),
                    LocalTime.of(9, 30),
                    LocalTime.of(15, 0),
                    LocalTime.of(19, 0),
                    Money.of(1200, usd)),
                new FlatRate(
                    "evening",
                    null,
                    LocalTime.of(17, 0),
                    LocalTime.MIDNIGHT,
                    LocalTime.of(17, 0),
                    LocalTime.of(6, 0),
                    Money.of(800, usd))),
            Money.of(4000, usd));
    return new TariffVersion("bench-2026", Instant.parse("2026-01-01T08:00:00Z"), t);
  }
}
