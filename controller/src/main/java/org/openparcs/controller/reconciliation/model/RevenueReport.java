package org.openparcs.controller.reconciliation.model;

import java.util.List;
import java.util.Objects;
import org.openparcs.controller.shared.model.Money;

/**
 * Expected revenue (the tariff applied to every visitor stay that left in the period) against money
 * collected (payments less voids and refunds), by day, lane, method and cashier.
 *
 * @param expected what the tariff asked of the period's visitor stays, after validations
 * @param collected what was taken in the period, net of voids and refunds
 */
public record RevenueReport(
    Period period, Money expected, Money collected, long visitorStays, List<RevenueLine> lines) {

  public RevenueReport {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(collected, "collected");
    lines = List.copyOf(lines);
  }

  /** Expected less collected: positive when money is missing. */
  public Money gap() {
    return expected.minus(collected);
  }

  /** Lines of one dimension. */
  public List<RevenueLine> of(Dimension dimension) {
    return lines.stream().filter(l -> l.dimension() == dimension).toList();
  }

  /** How a line groups the money. */
  public enum Dimension {
    DAY,
    LANE,
    METHOD,
    CASHIER
  }

  /**
   * One group.
   *
   * @param expected expected revenue of the group, or null where the tariff says nothing about it
   *     (a payment method, a cashier)
   * @param stays visitor stays in the group (0 where the group is not of stays)
   * @param transactions payments, voids and refunds in the group
   */
  public record RevenueLine(
      Dimension dimension,
      String key,
      Money expected,
      Money collected,
      long stays,
      long transactions) {
    public RevenueLine {
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(collected, "collected");
    }
  }
}
