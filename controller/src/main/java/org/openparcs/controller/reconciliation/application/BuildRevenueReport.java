package org.openparcs.controller.reconciliation.application;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.reconciliation.model.RevenueReport;
import org.openparcs.controller.reconciliation.model.RevenueReport.Dimension;
import org.openparcs.controller.reconciliation.model.RevenueReport.RevenueLine;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.tariff.application.Tariffs;
import org.openparcs.controller.tariff.model.StayPricing;

/**
 * Expected revenue (the tariff applied to every visitor stay that left in the period, after its
 * validations, by the day and lane of exit) against money collected (by the day it was taken, its
 * lane, method and cashier). Days are the garage's local days.
 */
public final class BuildRevenueReport {

  private final RevenueFigures figures;
  private final Tariffs tariffs;
  private final Transactions tx;
  private final ZoneId zone;
  private final Currency currency;

  public BuildRevenueReport(
      RevenueFigures figures, Tariffs tariffs, Transactions tx, ZoneId zone, Currency currency) {
    this.figures = figures;
    this.tariffs = tariffs;
    this.tx = tx;
    this.zone = zone;
    this.currency = currency;
  }

  public RevenueReport report(Period period) {
    return tx.readOnly(() -> build(period));
  }

  private RevenueReport build(Period period) {
    StayPricing pricing = new StayPricing(tariffs.schedule(), zone, currency);
    Map<String, Group> byDay = new TreeMap<>();
    Map<String, Group> byLane = new TreeMap<>();
    Group total = new Group();
    figures.forEachVisitorStay(
        period,
        s -> {
          long fee =
              pricing
                  .feeOf(s.tariffVersion(), s.enteredAt(), s.exitedAt(), s.discounts())
                  .map(c -> c.amount().minor())
                  .orElse(0L);
          String day = s.exitedAt().atZone(zone).toLocalDate().toString();
          for (Group g : List.of(group(byDay, day), group(byLane, s.exitLane()), total)) {
            g.expected += fee;
            g.stays++;
          }
        });
    Map<String, Group> byMethod = new TreeMap<>();
    Map<String, Group> byCashier = new TreeMap<>();
    for (RevenueFigures.CollectedFigure c : figures.collected(period)) {
      String day = c.hour().atZone(zone).toLocalDate().toString();
      for (Group g :
          List.of(
              group(byDay, day),
              group(byLane, c.lane()),
              group(byMethod, c.method()),
              group(byCashier, c.cashier()),
              total)) {
        g.collected += c.netMinor();
        g.transactions += c.transactions();
      }
    }
    List<RevenueLine> lines = new ArrayList<>();
    lines(lines, Dimension.DAY, byDay, true);
    lines(lines, Dimension.LANE, byLane, true);
    lines(lines, Dimension.METHOD, byMethod, false);
    lines(lines, Dimension.CASHIER, byCashier, false);
    return new RevenueReport(
        period, money(total.expected), money(total.collected), total.stays, lines);
  }

  private void lines(
      List<RevenueLine> out, Dimension dimension, Map<String, Group> groups, boolean expected) {
    groups.forEach(
        (key, g) ->
            out.add(
                new RevenueLine(
                    dimension,
                    key,
                    expected ? money(g.expected) : null,
                    money(g.collected),
                    g.stays,
                    g.transactions)));
  }

  private static Group group(Map<String, Group> groups, String key) {
    return groups.computeIfAbsent(key, k -> new Group());
  }

  private Money money(long minor) {
    return Money.of(minor, currency);
  }

  /** Running totals of one group. */
  private static final class Group {
    long expected;
    long collected;
    long stays;
    long transactions;
  }
}
