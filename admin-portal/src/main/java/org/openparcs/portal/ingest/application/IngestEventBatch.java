package org.openparcs.portal.ingest.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageAccess;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.ingest.model.DeliveryPlan;
import org.openparcs.portal.ingest.model.DeliveryPolicy;
import org.openparcs.portal.ingest.model.EventBatch;
import org.openparcs.portal.ingest.model.GarageEvent;
import org.openparcs.portal.ingest.model.IngestOutcome;
import org.openparcs.portal.ingest.model.LaneState;
import org.openparcs.portal.ingest.model.ReadTally;

/**
 * Stores a garage's batch of events exactly once each, in one transaction, with the per-day tallies
 * of reads (POLICY K4) and the hot-list alerts its reads raise (POLICY S3, U3). Only an admitted
 * garage can call it: the parameter type is the proof that the token was checked.
 */
public final class IngestEventBatch {

  private final ReceivedEvents events;
  private final HitAlerts alerts;
  private final GarageRestores restores;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public IngestEventBatch(
      ReceivedEvents events,
      HitAlerts alerts,
      GarageRestores restores,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.events = events;
    this.alerts = alerts;
    this.restores = restores;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /**
   * @param backlog how many events wait in the garage's outbox besides this batch, as the garage
   *     reported it; null when it did not
   */
  public IngestOutcome ingest(GarageAccess.Admitted admitted, EventBatch batch, Long backlog) {
    GarageId garage = admitted.garageId();
    return unitOfWork.inTransaction(
        () -> {
          events.lockGarage(garage);
          DeliveryPlan plan =
              DeliveryPolicy.plan(garage, batch, events.findOverlapping(garage, batch));
          // Java 17 has no pattern switch; the plan is either Store or Conflict.
          if (plan instanceof DeliveryPlan.Store store) {
            return store(garage, batch, store, backlog);
          }
          return new IngestOutcome.Conflicted(((DeliveryPlan.Conflict) plan).message());
        });
  }

  private IngestOutcome store(
      GarageId garage, EventBatch batch, DeliveryPlan.Store store, Long backlog) {
    Instant now = clock.instant();
    events.store(garage, store.fresh(), now);
    events.updateLanes(garage, LaneState.latest(store.fresh()));
    events.tally(garage, ReadTally.of(store.fresh()));
    List<GarageEvent> reads =
        store.fresh().stream().filter(e -> e.facts() != null && e.facts().plate() != null).toList();
    if (!reads.isEmpty()) {
      alerts.raise(garage, reads, now);
    }
    for (GarageEvent e : store.fresh()) {
      if (GarageRestores.EVENT_TYPE.equals(e.type().value())) {
        restores.reported(garage, e, now);
      }
    }
    long lastSeq =
        events.recordContact(garage, now, batch.lastSeq(), store.fresh().size(), backlog);
    return new IngestOutcome.Accepted(store.fresh().size(), store.duplicates(), lastSeq);
  }
}
