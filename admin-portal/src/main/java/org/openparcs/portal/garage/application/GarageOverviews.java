package org.openparcs.portal.garage.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.garage.model.LaneView;

/** Read model behind the garages page. */
public interface GarageOverviews {

  /** A garage's row without its events. */
  record GarageRow(
      GarageId id,
      String name,
      Instant lastContactAt,
      long eventsReceived,
      long lastSeq,
      Long reportedBacklog,
      Instant backlogReportedAt) {}

  /** A received event with its payload as parsed JSON (an object). */
  record RecentEvent(Instant occurredAt, long seq, String type, Map<String, Object> payload) {}

  /** How many events of a type a garage reported on a (UTC) day. */
  record DayCount(LocalDate day, String type, long count) {}

  /** Payments a garage reported on a (UTC) day in one currency, in minor units. */
  record DayRevenue(LocalDate day, String currency, long minor) {}

  /** Every garage, by name. */
  List<GarageRow> garages();

  /** The garage's latest {@code limit} events, newest first. */
  List<RecentEvent> latestEvents(GarageId garage, int limit);

  /** The garage's lanes with their live status, by lane id. */
  List<LaneView> lanes(GarageId garage);

  /** Plate reads and sessions opened and closed per day since {@code from}. */
  List<DayCount> dailyCounts(GarageId garage, Instant from);

  /** Sessions opened minus sessions closed before {@code from}. */
  long occupancyBefore(GarageId garage, Instant from);

  /** Payments per day and currency since {@code from}. */
  List<DayRevenue> dailyRevenue(GarageId garage, Instant from);
}
