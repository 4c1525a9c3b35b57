package org.openparcs.portal.garage.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.garage.model.GarageId;

/** Read model behind the garages page. */
public interface GarageOverviews {

  /** A garage's row without its events. */
  record GarageRow(
      GarageId id, String name, Instant lastContactAt, long eventsReceived, long lastSeq) {}

  /** A received event with its payload as parsed JSON (an object). */
  record RecentEvent(Instant occurredAt, long seq, String type, Map<String, Object> payload) {}

  /** Every garage, by name. */
  List<GarageRow> garages();

  /** The garage's latest {@code limit} events, newest first. */
  List<RecentEvent> latestEvents(GarageId garage, int limit);
}
