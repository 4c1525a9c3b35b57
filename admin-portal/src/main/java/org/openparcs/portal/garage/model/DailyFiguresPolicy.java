package org.openparcs.portal.garage.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns per-day counts into the figures of each day of a window, days without events included:
 * occupancy carries over from the day before (opened minus closed sessions, from the start).
 */
public final class DailyFiguresPolicy {

  /** What a garage reported on one day. */
  public record DayTotals(
      long reads, long opened, long closed, long revenueMinor, String currency) {}

  private DailyFiguresPolicy() {}

  public static List<DailyFigures> figures(
      LocalDate first, int days, long occupancyBefore, Map<LocalDate, DayTotals> totals) {
    List<DailyFigures> figures = new ArrayList<>(days);
    long occupancy = occupancyBefore;
    Map<LocalDate, DayTotals> byDay = new HashMap<>(totals);
    for (int i = 0; i < days; i++) {
      LocalDate day = first.plusDays(i);
      DayTotals t = byDay.getOrDefault(day, new DayTotals(0, 0, 0, 0, null));
      occupancy += t.opened() - t.closed();
      figures.add(new DailyFigures(day, t.reads(), occupancy, t.revenueMinor(), t.currency()));
    }
    return figures;
  }
}
