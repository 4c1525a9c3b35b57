package org.openparcs.portal.ingest.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One event as a garage reports it.
 *
 * @param eventId the garage's id of the event; the portal stores each id once
 * @param seq the garage outbox's sequence number: increasing, possibly with gaps, at least 1
 * @param type what kind of event it is
 * @param occurredAt when it happened at the garage
 * @param payloadJson the event's payload, a JSON object as text
 * @param gate for a {@code gate_event} with a lane and a type: what it says about the lane; else
 *     null
 * @param facts for a {@code plate_read} or {@code plate_correction}: its plate and place; else null
 * @param plates the plate fields already taken out of {@code payloadJson} and sealed (POLICY K1);
 *     null when {@code payloadJson} still holds them (the store takes them out)
 */
public record GarageEvent(
    UUID eventId,
    long seq,
    EventType type,
    Instant occurredAt,
    String payloadJson,
    GateSignal gate,
    ReadFacts facts,
    SealedPlates plates) {

  /** An event whose plate fields are still in its payload. */
  public GarageEvent(
      UUID eventId,
      long seq,
      EventType type,
      Instant occurredAt,
      String payloadJson,
      GateSignal gate,
      ReadFacts facts) {
    this(eventId, seq, type, occurredAt, payloadJson, gate, facts, null);
  }

  /** An event that is no plate read nor correction. */
  public GarageEvent(
      UUID eventId,
      long seq,
      EventType type,
      Instant occurredAt,
      String payloadJson,
      GateSignal gate) {
    this(eventId, seq, type, occurredAt, payloadJson, gate, null);
  }

  public GarageEvent {
    if (eventId == null || type == null || occurredAt == null || payloadJson == null) {
      throw new IllegalArgumentException("an event needs an eventId, a type, a time and a payload");
    }
    if (seq < 1) {
      throw new IllegalArgumentException("seq must be a positive integer");
    }
  }
}
