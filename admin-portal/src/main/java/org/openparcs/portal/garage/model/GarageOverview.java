package org.openparcs.portal.garage.model;

import java.time.Instant;
import java.util.List;

/**
 * A garage as the garages page shows it.
 *
 * @param id the garage id
 * @param name its display name
 * @param lastContactAt when it last reported; null when it never did
 * @param eventsReceived how many events the portal stored for it
 * @param lastSeq the highest outbox sequence number stored for it
 * @param reportedBacklog events waiting in its outbox as it last reported; null when never
 * @param latestEvents its latest events, newest first
 * @param lanes its lanes with their live status
 * @param days its daily figures, oldest first
 */
public record GarageOverview(
    GarageId id,
    String name,
    Instant lastContactAt,
    long eventsReceived,
    long lastSeq,
    Long reportedBacklog,
    List<EventLine> latestEvents,
    List<LaneView> lanes,
    List<DailyFigures> days) {

  public GarageOverview {
    latestEvents = List.copyOf(latestEvents);
    lanes = List.copyOf(lanes);
    days = List.copyOf(days);
  }
}
