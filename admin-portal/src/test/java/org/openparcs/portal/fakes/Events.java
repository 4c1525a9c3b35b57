package org.openparcs.portal.fakes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.openparcs.portal.ingest.model.EventBatch;
import org.openparcs.portal.ingest.model.EventType;
import org.openparcs.portal.ingest.model.GarageEvent;
import org.openparcs.portal.ingest.model.ReadFacts;

/** Test fixtures: garage events with ids derived from their seq, so batches can overlap. */
public final class Events {

  public static final Instant AT = Instant.parse("2026-11-22T19:00:00.123456Z");

  private Events() {}

  /** The event at {@code seq}: always the same id for the same seq and namespace. */
  public static GarageEvent event(String namespace, long seq) {
    UUID id = UUID.nameUUIDFromBytes((namespace + "#" + seq).getBytes());
    return new GarageEvent(
        id,
        seq,
        new EventType("plate_read"),
        AT.plusSeconds(seq),
        "{\"plate\":\"P" + seq + "\"}",
        null,
        new ReadFacts("P" + seq, "L1", "cam-1", false, false));
  }

  /** An operator's correction of a read at {@code seq} (POLICY K3). */
  public static GarageEvent correction(String namespace, long seq, boolean changed) {
    UUID id = UUID.nameUUIDFromBytes((namespace + "#" + seq).getBytes());
    return new GarageEvent(
        id,
        seq,
        new EventType("plate_correction"),
        AT.plusSeconds(seq),
        "{\"originalPlate\":\"P1\",\"correctedPlate\":\"P1\"}",
        null,
        new ReadFacts(null, "L1", "cam-1", true, changed));
  }

  /** Events {@code from..to} (inclusive) every {@code step} seqs. */
  public static EventBatch batch(String namespace, long from, long to, long step) {
    List<GarageEvent> events =
        LongStream.rangeClosed(from, to)
            .filter(s -> (s - from) % step == 0)
            .mapToObj(s -> event(namespace, s))
            .toList();
    return new EventBatch(events);
  }
}
