package org.openparcs.controller.operator.application;

import org.openparcs.controller.operator.model.PlateDataAccess;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.shared.application.Transactions;

/**
 * POLICY T1: an access to plate data is stored at the garage and reported to the portal (event
 * {@code plate_data_access}) in one transaction, like the operators' other recorded actions.
 */
public final class RecordPlateDataAccess {

  private final PlateDataAccesses accesses;
  private final Outbox outbox;
  private final Transactions tx;

  public RecordPlateDataAccess(PlateDataAccesses accesses, Outbox outbox, Transactions tx) {
    this.accesses = accesses;
    this.outbox = outbox;
    this.tx = tx;
  }

  public void record(PlateDataAccess access) {
    tx.inTransaction(
        () -> {
          accesses.save(access);
          outbox.append(new GarageEvent.PlateDataAccessed(access), access.accessedAt());
          return null;
        });
  }
}
