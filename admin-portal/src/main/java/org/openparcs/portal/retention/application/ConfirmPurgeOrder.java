package org.openparcs.portal.retention.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageAccess;

/**
 * A garage confirms it carried out a purge order, with its counts (POLICY R1: purged from every
 * store; R4: the proof, here the garage's). Recorded once and audited; a repeated confirmation is
 * answered as confirmed and changes nothing.
 */
public final class ConfirmPurgeOrder {

  /** What became of a confirmation. */
  public enum Outcome {
    CONFIRMED,
    ALREADY_CONFIRMED,
    /** No order with this id for this garage (the same answer whether another garage has it). */
    UNKNOWN_ORDER
  }

  private final PurgeOrders orders;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ConfirmPurgeOrder(
      PurgeOrders orders, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.orders = orders;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public Outcome confirm(
      GarageAccess.Admitted garage, UUID orderId, Instant completedAt, Map<String, Long> counts) {
    Instant now = clock.instant();
    Outcome outcome =
        unitOfWork.inTransaction(
            () -> {
              if (orders.find(garage.garageId(), orderId).isEmpty()) {
                return Outcome.UNKNOWN_ORDER;
              }
              return orders.confirm(orderId, now, completedAt, counts)
                  ? Outcome.CONFIRMED
                  : Outcome.ALREADY_CONFIRMED;
            });
    if (outcome == Outcome.CONFIRMED) {
      audit.record(
          AuditEntry.of(
              now,
              null,
              null,
              AuditAction.PURGE_ORDER_CONFIRMED,
              "R4 garage "
                  + garage.garageId().value()
                  + " carried out purge order "
                  + orderId
                  + " at "
                  + completedAt
                  + ": "
                  + new TreeMap<>(counts)));
    }
    return outcome;
  }
}
