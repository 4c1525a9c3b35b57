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
 * @param latestEvents its latest events, newest first
 */
public record GarageOverview(
    GarageId id,
    String name,
    Instant lastContactAt,
    long eventsReceived,
    long lastSeq,
    List<EventLine> latestEvents) {

  public GarageOverview {
    latestEvents = List.copyOf(latestEvents);
  }
}
