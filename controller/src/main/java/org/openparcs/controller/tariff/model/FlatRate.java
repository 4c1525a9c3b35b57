package org.openparcs.controller.tariff.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.openparcs.controller.shared.model.Money;

/**
 * A flat price for a stay that enters and leaves within windows of garage local time: early bird
 * (in 06:00-09:30, out 15:00-19:00) or evening (in 17:00-midnight, out by 06:00 next morning).
 *
 * <p>The entry window is on the local date of entry, {@code entryFrom} inclusive to {@code
 * entryUntil} exclusive (00:00 as {@code entryUntil} means the end of that day). The exit window
 * opens on the entry date at {@code exitFrom}; it closes at {@code exitUntil} on the same date, or
 * on the next date when {@code exitUntil} is not after {@code exitFrom}. Local times are resolved
 * in the garage's zone: a time skipped by a daylight-saving jump moves forward by the gap, a time
 * that occurs twice means its first occurrence (java.time's rules).
 *
 * @param days days of the week (of the entry date) on which the rate is offered
 */
public record FlatRate(
    String name,
    Set<DayOfWeek> days,
    LocalTime entryFrom,
    LocalTime entryUntil,
    LocalTime exitFrom,
    LocalTime exitUntil,
    Money price) {

  public FlatRate {
    if (name == null || !name.matches("[A-Za-z0-9 ._-]{1,64}")) {
      throw new IllegalArgumentException("a flat rate needs a name of 1-64 letters and digits");
    }
    Objects.requireNonNull(entryFrom, "entryFrom");
    Objects.requireNonNull(entryUntil, "entryUntil");
    Objects.requireNonNull(exitFrom, "exitFrom");
    Objects.requireNonNull(exitUntil, "exitUntil");
    Objects.requireNonNull(price, "price");
    days = days == null || days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
    if (!entryUntil.equals(LocalTime.MIDNIGHT) && !entryUntil.isAfter(entryFrom)) {
      throw new IllegalArgumentException(
          "flat rate " + name + ": the entry window must end after it starts");
    }
    if (price.isNegative()) {
      throw new IllegalArgumentException("flat rate " + name + ": the price cannot be negative");
    }
  }

  /** Whether a stay from {@code entry} to {@code exit} qualifies for this rate. */
  public boolean fits(Instant entry, Instant exit, ZoneId zone) {
    ZonedDateTime in = entry.atZone(zone);
    LocalDate date = in.toLocalDate();
    if (!days.contains(date.getDayOfWeek()) || !enteredInWindow(in.toLocalTime())) {
      return false;
    }
    Instant exitOpens = ZonedDateTime.of(date, exitFrom, zone).toInstant();
    LocalDate closingDate = exitUntil.isAfter(exitFrom) ? date : date.plusDays(1);
    Instant exitCloses = ZonedDateTime.of(closingDate, exitUntil, zone).toInstant();
    return !exit.isBefore(exitOpens) && exit.isBefore(exitCloses) && !exit.isBefore(entry);
  }

  private boolean enteredInWindow(LocalTime time) {
    boolean afterStart = !time.isBefore(entryFrom);
    boolean beforeEnd = entryUntil.equals(LocalTime.MIDNIGHT) || time.isBefore(entryUntil);
    return afterStart && beforeEnd;
  }
}
