package org.openparcs.portal.garage.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.openparcs.portal.garage.model.GarageOverview;

/** A garage in {@code GET /api/garages}. */
@Serdeable
record GarageJson(
    String id,
    String name,
    @Nullable Instant lastContactAt,
    long eventsReceived,
    long lastSeq,
    @Nullable Long reportedBacklog,
    List<LaneJson> lanes,
    List<EventJson> latestEvents) {

  /** A lane and its live status. */
  @Serdeable
  record LaneJson(String lane, boolean inService, String lastEventType, Instant lastEventAt) {}

  /** One of the garage's latest events. */
  @Serdeable
  record EventJson(Instant occurredAt, long seq, String type, String summary) {}

  static GarageJson of(GarageOverview g) {
    return new GarageJson(
        g.id().value(),
        g.name(),
        g.lastContactAt(),
        g.eventsReceived(),
        g.lastSeq(),
        g.reportedBacklog(),
        g.lanes().stream()
            .map(l -> new LaneJson(l.lane(), l.inService(), l.lastEventType(), l.lastEventAt()))
            .toList(),
        g.latestEvents().stream()
            .map(e -> new EventJson(e.occurredAt(), e.seq(), e.type(), e.summary()))
            .toList());
  }
}
