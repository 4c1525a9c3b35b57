package org.openparcs.portal.revenue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.garage.model.BarChart;
import org.openparcs.portal.revenue.model.ReportedRevenue;
import org.openparcs.portal.revenue.model.RevenueOverview;

/** What the revenue page shows of a {@link RevenueOverview}: totals, charts and tables. */
record RevenueView(
    String garage,
    String expected,
    String collected,
    String gap,
    boolean missing,
    long visitorStays,
    int reports,
    int skipped,
    List<BarChart> charts,
    List<Table> tables) {

  record Table(String dimension, List<Row> rows) {}

  record Row(String key, String expected, String collected, long stays, long transactions) {}

  static RevenueView of(RevenueOverview o) {
    String c = o.currency();
    List<BarChart> charts = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    Map<String, List<ReportedRevenue.Line>> by = o.byDimension();
    List<ReportedRevenue.Line> days = by.getOrDefault("DAY", List.of());
    if (!days.isEmpty()) {
      charts.add(chart("Expected by day", days, true, c));
      charts.add(chart("Collected by day", days, false, c));
    }
    for (String d : List.of("LANE", "METHOD", "CASHIER")) {
      List<ReportedRevenue.Line> lines = by.getOrDefault(d, List.of());
      if (!lines.isEmpty()) {
        charts.add(chart("Collected by " + d.toLowerCase(), lines, false, c));
      }
    }
    for (String d : RevenueOverview.DIMENSIONS) {
      tables.add(
          new Table(
              d,
              by.getOrDefault(d, List.of()).stream()
                  .map(
                      l ->
                          new Row(
                              l.key(),
                              l.expectedMinor() == null ? "" : Amounts.of(l.expectedMinor(), c),
                              Amounts.of(l.collectedMinor(), c),
                              l.stays(),
                              l.transactions()))
                  .toList()));
    }
    return new RevenueView(
        o.garage().value(),
        Amounts.of(o.expectedMinor(), c),
        Amounts.of(o.collectedMinor(), c),
        Amounts.of(o.gapMinor(), c),
        o.gapMinor() > 0,
        o.visitorStays(),
        o.reports(),
        o.skipped(),
        charts,
        tables);
  }

  private static BarChart chart(
      String title, List<ReportedRevenue.Line> lines, boolean expected, String currency) {
    return BarChart.of(
        title,
        lines.stream().map(ReportedRevenue.Line::key).toList(),
        lines.stream()
            .map(
                l ->
                    expected
                        ? (l.expectedMinor() == null ? 0L : l.expectedMinor())
                        : l.collectedMinor())
            .toList(),
        v -> Amounts.of(v, currency));
  }
}
