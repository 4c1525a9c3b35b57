package org.openparcs.controller.tariff.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openparcs.controller.shared.model.Money;

/**
 * The prices of a garage: a free grace period, then a price per started increment (another on
 * weekend days), capped per day, unless a cheaper flat rate fits the stay; a lost-ticket fee when
 * no entry is known.
 *
 * <p>Rules, chosen so that daylight-saving changes never change what elapsed time costs:
 *
 * <ul>
 *   <li>A stay no longer than {@code grace} is free; a longer one is charged from entry.
 *   <li>A "day" is 24 hours of elapsed time from entry; each day's charge is capped at the daily
 *       maximum of the local weekday on which that day starts ({@code weekendDailyMax} on weekend
 *       days).
 *   <li>Each started increment costs the price of the local day on which it starts.
 *   <li>A flat rate applies when the stay fits its windows and it is cheaper than the time charge.
 * </ul>
 *
 * @param increment charged per started increment; divides 24 hours (15 min, 20 min, 1 h, ...)
 * @param weekendDays days charged at the weekend prices (usually Saturday and Sunday)
 */
public record Tariff(
    Currency currency,
    Duration grace,
    Duration increment,
    Money incrementPrice,
    Money weekendIncrementPrice,
    Money dailyMax,
    Money weekendDailyMax,
    Set<DayOfWeek> weekendDays,
    List<FlatRate> flatRates,
    Money lostTicketFee) {

  private static final Duration DAY = Duration.ofHours(24);

  public Tariff {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(grace, "grace");
    Objects.requireNonNull(increment, "increment");
    weekendIncrementPrice = weekendIncrementPrice == null ? incrementPrice : weekendIncrementPrice;
    weekendDailyMax = weekendDailyMax == null ? dailyMax : weekendDailyMax;
    weekendDays =
        weekendDays == null || weekendDays.isEmpty()
            ? EnumSet.noneOf(DayOfWeek.class)
            : EnumSet.copyOf(weekendDays);
    flatRates = flatRates == null ? List.of() : List.copyOf(flatRates);
    if (grace.isNegative() || grace.compareTo(Duration.ofHours(4)) > 0) {
      throw new IllegalArgumentException("the grace period must be between 0 and 4 hours");
    }
    if (increment.toMinutes() < 1
        || increment.compareTo(DAY) > 0
        || DAY.toSeconds() % increment.toSeconds() != 0) {
      throw new IllegalArgumentException(
          "the increment must be whole minutes that divide 24 hours (15 min, 1 h, ...)");
    }
    for (Money m :
        new Money[] {
          incrementPrice, weekendIncrementPrice, dailyMax, weekendDailyMax, lostTicketFee
        }) {
      requirePrice(m, currency);
    }
    for (FlatRate f : flatRates) {
      requirePrice(f.price(), currency);
    }
  }

  /**
   * What a stay from {@code entry} to {@code exit} costs in {@code zone}, after {@code discounts}
   * (free time first, then percentages, then fixed amounts; never below zero).
   */
  public Charge charge(Instant entry, Instant exit, ZoneId zone, List<Discount> discounts) {
    if (exit.isBefore(entry)) {
      throw new IllegalArgumentException("a stay cannot end before it starts");
    }
    Charge full = undiscounted(entry, exit, zone);
    if (discounts.isEmpty() || full.amount().isZero()) {
      return full;
    }
    return Discounts.apply(this, entry, exit, zone, full, discounts);
  }

  /** The fee without validations. */
  public Charge undiscounted(Instant entry, Instant exit, ZoneId zone) {
    if (Duration.between(entry, exit).compareTo(grace) <= 0) {
      return Charge.free(Money.zero(currency), ChargeBasis.GRACE);
    }
    Money time = timeCharge(entry, exit, zone);
    return flatRates.stream()
        .filter(f -> f.fits(entry, exit, zone) && f.price().compareTo(time) < 0)
        .min(Comparator.comparing(FlatRate::price))
        .map(f -> new Charge(f.price(), f.price(), ChargeBasis.FLAT_RATE, f.name()))
        .orElseGet(() -> new Charge(time, time, ChargeBasis.TIME, null));
  }

  /** The lost-ticket fee, charged when the garage knows no entry for the vehicle. */
  public Charge lostTicket() {
    return new Charge(lostTicketFee, lostTicketFee, ChargeBasis.LOST_TICKET, null);
  }

  /** Increments and daily caps only, from {@code entry} to {@code exit}. */
  Money timeCharge(Instant entry, Instant exit, ZoneId zone) {
    Money total = Money.zero(currency);
    for (Instant day = entry; day.isBefore(exit); day = day.plus(DAY)) {
      Instant end = day.plus(DAY).isBefore(exit) ? day.plus(DAY) : exit;
      boolean weekend = isWeekend(day, zone);
      Money cap = weekend ? weekendDailyMax : dailyMax;
      total = total.plus(Increments.price(this, day, end, zone).min(cap));
    }
    return total;
  }

  boolean isWeekend(Instant t, ZoneId zone) {
    return !weekendDays.isEmpty() && weekendDays.contains(t.atZone(zone).getDayOfWeek());
  }

  private static void requirePrice(Money m, Currency currency) {
    Objects.requireNonNull(m, "every price of a tariff must be given");
    if (!m.currency().equals(currency)) {
      throw new IllegalArgumentException(
          "every price of a tariff is in its currency " + currency.getCurrencyCode());
    }
    if (m.isNegative()) {
      throw new IllegalArgumentException("a tariff's prices cannot be negative");
    }
  }
}
