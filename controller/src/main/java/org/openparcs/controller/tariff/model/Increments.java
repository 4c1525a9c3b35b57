package org.openparcs.controller.tariff.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.openparcs.controller.shared.model.Money;

/**
 * Prices the started increments of one charging day. Increments start at {@code from + k *
 * increment}; each costs the price of the local date on which it starts, so the day is split at
 * local midnights and each piece is counted, not walked increment by increment.
 */
final class Increments {

  private Increments() {}

  static Money price(Tariff t, Instant from, Instant to, ZoneId zone) {
    long inc = t.increment().toSeconds();
    long count = ceilDiv(Duration.between(from, to).toSeconds(), inc);
    if (t.weekendDays().isEmpty() || t.weekendIncrementPrice().equals(t.incrementPrice())) {
      return t.incrementPrice().times(count);
    }
    Money total = Money.zero(t.currency());
    long counted = 0;
    LocalDate date = from.atZone(zone).toLocalDate();
    while (counted < count) {
      Instant midnight = date.plusDays(1).atStartOfDay(zone).toInstant();
      long startingBefore = ceilDiv(Duration.between(from, midnight).toSeconds(), inc);
      long here = Math.min(count, startingBefore) - counted;
      Money unit =
          t.weekendDays().contains(date.getDayOfWeek())
              ? t.weekendIncrementPrice()
              : t.incrementPrice();
      total = total.plus(unit.times(here));
      counted += here;
      date = date.plusDays(1);
    }
    return total;
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
