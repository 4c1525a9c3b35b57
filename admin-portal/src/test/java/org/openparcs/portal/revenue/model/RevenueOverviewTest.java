package org.openparcs.portal.revenue.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.garage.model.GarageId;

class RevenueOverviewTest {

  private static final Instant D1 = Instant.parse("2026-11-20T00:00:00Z");
  private static final Instant D2 = Instant.parse("2026-11-21T00:00:00Z");
  private static final Instant D3 = Instant.parse("2026-11-22T00:00:00Z");

  private static ReportedRevenue report(
      Instant from, Instant to, Instant received, long expected, long collected, String lane) {
    return new ReportedRevenue(
        from,
        to,
        received,
        "USD",
        expected,
        collected,
        1,
        List.of(
            new ReportedRevenue.Line("LANE", lane, expected, collected, 1, 1),
            new ReportedRevenue.Line("METHOD", "CARD", null, collected, 0, 1)));
  }

  @Test
  void sumsDisjointReportsAndMergesTheirLinesByKey() {
    RevenueOverview o =
        RevenueOverview.of(
            new GarageId("G1"),
            D1,
            D3,
            List.of(
                report(D1, D2, D2, 1000, 900, "exit-1"), report(D2, D3, D3, 500, 500, "exit-1")));
    assertThat(o.expectedMinor()).isEqualTo(1500);
    assertThat(o.gapMinor()).isEqualTo(100);
    assertThat(o.byDimension().get("LANE"))
        .containsExactly(new ReportedRevenue.Line("LANE", "exit-1", 1500L, 1400, 2, 2));
    assertThat(o.byDimension().get("METHOD").get(0).expectedMinor()).isNull();
  }

  @Test
  void countsAPeriodOnceKeepingTheLatestCopyAndLeavesOverlapsOut() {
    RevenueOverview o =
        RevenueOverview.of(
            new GarageId("G1"),
            D1,
            D3,
            List.of(
                report(D1, D2, D2, 1000, 900, "exit-1"),
                report(D1, D2, D3, 1000, 950, "exit-1"),
                report(D1, D3, D3, 9999, 9999, "exit-1")));
    assertThat(o.collectedMinor()).isEqualTo(950);
    assertThat(o.reports()).isEqualTo(1);
    assertThat(o.skipped()).isEqualTo(2);
  }
}
