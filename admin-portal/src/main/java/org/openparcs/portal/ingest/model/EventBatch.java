package org.openparcs.portal.ingest.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A batch of events from one garage: 1 to {@value #MAX_EVENTS}, in strictly rising seq order. */
public record EventBatch(List<GarageEvent> events) {

  /** The most events one delivery may carry (the ingest contract). */
  public static final int MAX_EVENTS = 500;

  public EventBatch {
    if (events == null || events.isEmpty()) {
      throw new IllegalArgumentException("a batch carries at least one event");
    }
    if (events.size() > MAX_EVENTS) {
      throw new IllegalArgumentException(
          "a batch carries at most " + MAX_EVENTS + " events, this one " + events.size());
    }
    events = List.copyOf(events);
    checkOrderAndIds(events);
  }

  private static void checkOrderAndIds(List<GarageEvent> events) {
    Set<UUID> ids = new HashSet<>();
    long previous = 0;
    for (GarageEvent event : events) {
      if (event.seq() <= previous) {
        throw new IllegalArgumentException(
            "events must be sorted by seq, strictly rising: seq "
                + event.seq()
                + " follows "
                + previous);
      }
      if (!ids.add(event.eventId())) {
        throw new IllegalArgumentException("eventId " + event.eventId() + " appears twice");
      }
      previous = event.seq();
    }
  }

  public long lastSeq() {
    return events.get(events.size() - 1).seq();
  }

  public List<UUID> eventIds() {
    return events.stream().map(GarageEvent::eventId).toList();
  }

  public List<Long> seqs() {
    return events.stream().map(GarageEvent::seq).toList();
  }
}
