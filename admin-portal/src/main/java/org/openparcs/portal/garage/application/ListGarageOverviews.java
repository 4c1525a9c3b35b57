package org.openparcs.portal.garage.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.DailyFigures;
import org.openparcs.portal.garage.model.DailyFiguresPolicy;
import org.openparcs.portal.garage.model.DailyFiguresPolicy.DayTotals;
import org.openparcs.portal.garage.model.EventLine;
import org.openparcs.portal.garage.model.EventSummaryPolicy;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.garage.model.GarageOverview;

/**
 * Every garage the user's scopes include, with last contact, reported backlog, lanes, latest events
 * and daily figures, without plates (POLICY A5, U1).
 */
public final class ListGarageOverviews {

  private final GarageOverviews overviews;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final int latestEvents;
  private final int chartDays;

  /**
   * @param latestEvents how many of each garage's latest events to show
   * @param chartDays how many days the charts cover, today included
   */
  public ListGarageOverviews(
      GarageOverviews overviews,
      UnitOfWork unitOfWork,
      Clock clock,
      int latestEvents,
      int chartDays) {
    if (latestEvents < 1 || chartDays < 1) {
      throw new IllegalArgumentException("the garages page shows at least one event and one day");
    }
    this.overviews = overviews;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.latestEvents = latestEvents;
    this.chartDays = chartDays;
  }

  public List<GarageOverview> list(Actor actor) {
    actor.require(Permission.VIEW_GARAGES);
    LocalDate first = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(chartDays - 1);
    return unitOfWork.reading(
        () ->
            overviews.garages().stream()
                .filter(g -> actor.sees(g.id()))
                .map(g -> overview(g, first))
                .toList());
  }

  private GarageOverview overview(GarageOverviews.GarageRow row, LocalDate first) {
    List<EventLine> lines =
        overviews.latestEvents(row.id(), latestEvents).stream()
            .map(
                e ->
                    new EventLine(
                        e.occurredAt(),
                        e.seq(),
                        e.type(),
                        EventSummaryPolicy.summarize(e.type(), e.payload())))
            .toList();
    return new GarageOverview(
        row.id(),
        row.name(),
        row.lastContactAt(),
        row.eventsReceived(),
        row.lastSeq(),
        row.reportedBacklog(),
        lines,
        overviews.lanes(row.id()),
        days(row.id(), first));
  }

  private List<DailyFigures> days(GarageId garage, LocalDate first) {
    Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
    Map<LocalDate, long[]> counts = new HashMap<>();
    for (GarageOverviews.DayCount c : overviews.dailyCounts(garage, from)) {
      long[] t = counts.computeIfAbsent(c.day(), d -> new long[3]);
      int i = "plate_read".equals(c.type()) ? 0 : "session_opened".equals(c.type()) ? 1 : 2;
      t[i] += c.count();
    }
    Map<LocalDate, GarageOverviews.DayRevenue> revenue = new HashMap<>();
    // A garage takes one currency; the first one reported on a day is the one charted.
    overviews.dailyRevenue(garage, from).forEach(r -> revenue.putIfAbsent(r.day(), r));
    Map<LocalDate, DayTotals> totals = new HashMap<>();
    for (int i = 0; i < chartDays; i++) {
      LocalDate day = first.plusDays(i);
      long[] t = counts.getOrDefault(day, new long[3]);
      GarageOverviews.DayRevenue r = revenue.get(day);
      totals.put(
          day,
          new DayTotals(
              t[0], t[1], t[2], r == null ? 0 : r.minor(), r == null ? null : r.currency()));
    }
    return DailyFiguresPolicy.figures(
        first, chartDays, overviews.occupancyBefore(garage, from), totals);
  }
}
