package org.openparcs.portal.ingest.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openparcs.portal.garage.model.GarageId;

/**
 * Idempotent delivery: an event already stored under the same id, garage and seq is a duplicate
 * (the garage's relay retries after a lost answer); anything else that collides is a conflict.
 */
public final class DeliveryPolicy {

  private DeliveryPolicy() {}

  /**
   * @param stored the stored events that share an event id with the batch, or a seq within the same
   *     garage
   */
  public static DeliveryPlan plan(GarageId garage, EventBatch batch, List<StoredEvent> stored) {
    Map<UUID, StoredEvent> byId =
        stored.stream().collect(Collectors.toMap(StoredEvent::eventId, Function.identity()));
    Map<Long, StoredEvent> bySeq =
        stored.stream()
            .filter(s -> s.garageId().equals(garage))
            .collect(Collectors.toMap(StoredEvent::seq, Function.identity()));
    List<GarageEvent> fresh = new ArrayList<>();
    for (GarageEvent event : batch.events()) {
      StoredEvent same = byId.get(event.eventId());
      StoredEvent atSeq = bySeq.get(event.seq());
      if (same == null && atSeq == null) {
        fresh.add(event);
      } else if (same == null || !same.garageId().equals(garage) || same.seq() != event.seq()) {
        return new DeliveryPlan.Conflict(conflict(event, same, atSeq));
      }
    }
    return new DeliveryPlan.Store(fresh, batch.events().size() - fresh.size());
  }

  private static String conflict(GarageEvent event, StoredEvent same, StoredEvent atSeq) {
    if (same == null) {
      return "seq "
          + event.seq()
          + " is already stored for another eventId ("
          + atSeq.eventId()
          + ")";
    }
    return "eventId " + event.eventId() + " is already stored with another garage or seq";
  }
}
