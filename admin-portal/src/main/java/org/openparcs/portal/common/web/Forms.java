package org.openparcs.portal.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reading form and query fields that may hold anything a browser (or an attacker) sends. */
public final class Forms {

  private Forms() {}

  /**
   * A day or a local date-time ({@code 2026-11-22} or {@code 2026-11-22T08:00}) in {@code zone};
   * null when blank or malformed.
   */
  public static Instant instant(String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      if (text.strip().length() == 10) {
        return LocalDate.parse(text.strip()).atStartOfDay(zone).toInstant();
      }
      return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static LocalDate date(String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Quotes a CSV field (RFC 4180) and defuses spreadsheet formulas in what garages sent. */
  public static String csv(Object value) {
    String text = value == null ? "" : value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
