package org.openparcs.portal.revenue.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openparcs.portal.garage.model.GarageId;

/**
 * A garage's revenue over a period, from the reports it sent: each period counted once (a report
 * sent again, or one overlapping a period already counted, is left out), lines merged by key.
 *
 * @param reports the reports counted
 * @param skipped reports left out: overlapping a counted one, or in another currency
 */
public record RevenueOverview(
    GarageId garage,
    Instant from,
    Instant to,
    String currency,
    long expectedMinor,
    long collectedMinor,
    long visitorStays,
    int reports,
    int skipped,
    Map<String, List<ReportedRevenue.Line>> byDimension) {

  public static final List<String> DIMENSIONS = List.of("DAY", "LANE", "METHOD", "CASHIER");

  /** Expected less collected: positive when money is missing. */
  public long gapMinor() {
    return expectedMinor - collectedMinor;
  }

  public static RevenueOverview of(
      GarageId garage, Instant from, Instant to, List<ReportedRevenue> received) {
    List<ReportedRevenue> counted = new ArrayList<>();
    int skipped = 0;
    // Latest copy of a period first, so a report sent again replaces the older copy.
    List<ReportedRevenue> ordered = new ArrayList<>(received);
    ordered.sort(
        Comparator.comparing(ReportedRevenue::from)
            .thenComparing(ReportedRevenue::to)
            .thenComparing(ReportedRevenue::receivedAt, Comparator.reverseOrder()));
    String currency = ordered.isEmpty() ? null : ordered.get(0).currency();
    for (ReportedRevenue r : ordered) {
      boolean overlaps =
          counted.stream().anyMatch(c -> r.from().isBefore(c.to()) && c.from().isBefore(r.to()));
      if (overlaps || !r.currency().equals(currency)) {
        skipped++;
      } else {
        counted.add(r);
      }
    }
    long expected = 0;
    long collected = 0;
    long stays = 0;
    Map<String, Map<String, ReportedRevenue.Line>> merged = new LinkedHashMap<>();
    DIMENSIONS.forEach(d -> merged.put(d, new TreeMap<>()));
    for (ReportedRevenue r : counted) {
      expected += r.expectedMinor();
      collected += r.collectedMinor();
      stays += r.visitorStays();
      for (ReportedRevenue.Line line : r.lines()) {
        merged
            .computeIfAbsent(line.dimension(), d -> new TreeMap<>())
            .merge(line.key(), line, RevenueOverview::add);
      }
    }
    Map<String, List<ReportedRevenue.Line>> byDimension = new LinkedHashMap<>();
    merged.forEach((d, lines) -> byDimension.put(d, List.copyOf(lines.values())));
    return new RevenueOverview(
        garage,
        from,
        to,
        currency,
        expected,
        collected,
        stays,
        counted.size(),
        skipped,
        byDimension);
  }

  private static ReportedRevenue.Line add(ReportedRevenue.Line a, ReportedRevenue.Line b) {
    Long expected =
        a.expectedMinor() == null && b.expectedMinor() == null
            ? null
            : (a.expectedMinor() == null ? 0 : a.expectedMinor())
                + (b.expectedMinor() == null ? 0 : b.expectedMinor());
    return new ReportedRevenue.Line(
        a.dimension(),
        a.key(),
        expected,
        a.collectedMinor() + b.collectedMinor(),
        a.stays() + b.stays(),
        a.transactions() + b.transactions());
  }
}
