package org.openparcs.controller.reconciliation.infrastructure;

import org.openparcs.controller.reconciliation.model.RevenueReport;
import org.openparcs.controller.reconciliation.model.RevenueReport.RevenueLine;
import org.openparcs.controller.shared.model.Money;

/**
 * The revenue report as CSV for auditors' spreadsheets (RFC 4180). A cell that a spreadsheet would
 * run as a formula (starting with = + - @) is prefixed with a quote.
 */
public final class RevenueCsv {

  private RevenueCsv() {}

  public static String of(RevenueReport r) {
    StringBuilder b =
        new StringBuilder("dimension,key,expected,collected,gap,currency,stays,transactions\r\n");
    line(
        b,
        "TOTAL",
        r.period().from() + "/" + r.period().to(),
        r.expected(),
        r.collected(),
        r.visitorStays(),
        r.lines().stream()
            .filter(l -> l.dimension() == RevenueReport.Dimension.METHOD)
            .mapToLong(RevenueLine::transactions)
            .sum());
    for (RevenueLine l : r.lines()) {
      line(
          b,
          l.dimension().name(),
          l.key(),
          l.expected(),
          l.collected(),
          l.stays(),
          l.transactions());
    }
    return b.toString();
  }

  private static void line(
      StringBuilder b,
      String dimension,
      String key,
      Money expected,
      Money collected,
      long stays,
      long transactions) {
    b.append(dimension)
        .append(',')
        .append(cell(key))
        .append(',')
        .append(expected == null ? "" : expected.toDecimal().toPlainString())
        .append(',')
        .append(collected.toDecimal().toPlainString())
        .append(',')
        .append(expected == null ? "" : expected.minus(collected).toDecimal().toPlainString())
        .append(',')
        .append(collected.currency().getCurrencyCode())
        .append(',')
        .append(stays)
        .append(',')
        .append(transactions)
        .append("\r\n");
  }

  static String cell(String value) {
    String v = value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
    return v.matches("[^\",\r\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
