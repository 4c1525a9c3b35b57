package org.openparcs.portal.revenue.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The days a revenue page covers, from its {@code from} and {@code to} query values (UTC days, both
 * included); the last 30 days by default.
 */
record Period(LocalDate first, LocalDate last) {

  static final int DEFAULT_DAYS = 30;
  static final int MAX_DAYS = 400;

  static Period of(String from, String to, Clock clock) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate last = blank(to) ? today : day(to, "to");
    LocalDate first = blank(from) ? last.minusDays(DEFAULT_DAYS - 1) : day(from, "from");
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("\"from\" must not be after \"to\"");
    }
    if (first.plusDays(MAX_DAYS).isBefore(last)) {
      throw new IllegalArgumentException("a period covers at most " + MAX_DAYS + " days");
    }
    return new Period(first, last);
  }

  Instant start() {
    return first.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  Instant end() {
    return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static LocalDate day(String text, String name) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"" + name + "\" must be a day such as 2026-11-22");
    }
  }
}
