package org.openparcs.portal.revenue.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A garage's revenue report of one period ({@code revenue_report}): expected (tariff x stays)
 * against collected, by day, lane, method and cashier. Amounts in minor units of {@code currency}.
 */
public record ReportedRevenue(
    Instant from,
    Instant to,
    Instant receivedAt,
    String currency,
    long expectedMinor,
    long collectedMinor,
    long visitorStays,
    List<Line> lines) {

  public ReportedRevenue {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(currency, "currency");
    lines = List.copyOf(lines);
  }

  /**
   * One group of a dimension ({@code DAY}, {@code LANE}, {@code METHOD}, {@code CASHIER}).
   *
   * @param expectedMinor null where the tariff says nothing about the group (a method, a cashier)
   */
  public record Line(
      String dimension,
      String key,
      Long expectedMinor,
      long collectedMinor,
      long stays,
      long transactions) {
    public Line {
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(key, "key");
    }
  }
}
