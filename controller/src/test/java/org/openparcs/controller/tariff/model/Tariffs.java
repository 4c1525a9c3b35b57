package org.openparcs.controller.tariff.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import org.openparcs.controller.shared.model.Money;

/** Tariffs and times the tariff tests share. */
final class Tariffs {

  static final Currency USD = Currency.getInstance("USD");
  static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  static final EnumSet<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  private Tariffs() {}

  static Money usd(long cents) {
    return Money.of(cents, USD);
  }

  /**
   * 10 free minutes; $1.00 per started 15 minutes ($0.75 at weekends); $24 a day ($15 at weekends);
   * early bird $12 (weekdays, in 06:00-09:30, out 15:00-19:00); evening $8 (every day, in
   * 17:00-midnight, out by 06:00 next morning); lost ticket $40.
   */
  static Tariff downtown() {
    return new Tariff(
        USD,
        Duration.ofMinutes(10),
        Duration.ofMinutes(15),
        usd(100),
        usd(75),
        usd(2400),
        usd(1500),
        WEEKEND,
        List.of(
            new FlatRate(
                "early-bird",
                WEEKDAYS,
                LocalTime.of(6, 0),
                LocalTime.of(9, 30),
                LocalTime.of(15, 0),
                LocalTime.of(19, 0),
                usd(1200)),
            new FlatRate(
                "evening",
                null,
                LocalTime.of(17, 0),
                LocalTime.MIDNIGHT,
                LocalTime.of(17, 0),
                LocalTime.of(6, 0),
                usd(800))),
        usd(4000));
  }

  /** $4 per started hour, $30 a day, no grace, no weekend prices, no flat rates. */
  static Tariff hourly() {
    return new Tariff(
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
  }

  /** Garage local wall time in Los Angeles, as an instant (first occurrence when ambiguous). */
  static Instant la(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(LA).toInstant();
  }
}
