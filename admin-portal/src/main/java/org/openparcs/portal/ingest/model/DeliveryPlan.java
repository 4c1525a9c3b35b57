package org.openparcs.portal.ingest.model;

import java.util.List;

/** What to do with a delivered batch, given what is stored already. */
public sealed interface DeliveryPlan {

  /** Store {@code fresh}; the other {@code duplicates} events of the batch are stored already. */
  record Store(List<GarageEvent> fresh, int duplicates) implements DeliveryPlan {
    public Store {
      fresh = List.copyOf(fresh);
    }
  }

  /**
   * The batch contradicts what is stored (an event id reused with another seq or garage, or a seq
   * taken by another event); nothing of it is stored.
   */
  record Conflict(String message) implements DeliveryPlan {}
}
