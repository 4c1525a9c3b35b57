package org.openparcs.portal.garage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.garage.model.DailyFiguresPolicy.DayTotals;

/** The garages page's charts: every day of the window, occupancy carried over, bars scaled. */
class DailyFiguresPolicyTest {

  private static final LocalDate D1 = LocalDate.of(2026, 11, 20);

  @Test
  void occupancyCarriesOverAndQuietDaysAreZero() {
    List<DailyFigures> days =
        DailyFiguresPolicy.figures(
            D1,
            3,
            5,
            Map.of(
                D1,
                new DayTotals(10, 4, 1, 1250, "USD"),
                D1.plusDays(2),
                new DayTotals(2, 0, 3, 0, null)));

    assertThat(days)
        .containsExactly(
            new DailyFigures(D1, 10, 8, 1250, "USD"),
            new DailyFigures(D1.plusDays(1), 0, 8, 0, null),
            new DailyFigures(D1.plusDays(2), 2, 5, 0, null));
  }

  @Test
  void theTallestBarFillsTheChartAndOthersScale() {
    BarChart chart =
        BarChart.of("Reads", List.of("a", "b", "c"), List.of(0L, 50L, 100L), String::valueOf);

    assertThat(chart.bars()).extracting(BarChart.Bar::height).containsExactly(0, 50, 100);
    assertThat(chart.bars().get(2).y()).isZero();
    assertThat(chart.maxLabel()).isEqualTo("100");
  }
}
