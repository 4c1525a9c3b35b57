package org.openparcs.controller.lane.device.application;

import java.time.Clock;
import java.time.Instant;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.application.LaneExceptions;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.lane.control.model.LaneExceptionKind;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;

/**
 * A lane device (card reader, display) stopped answering: the operator is told with a DEVICE_FAULT
 * exception at the lane, reported to the portal like the I/O module's. The lane stays in service:
 * plates still open it; only the device's part is missing.
 */
public final class RecordDeviceHealth {

  private final LaneExceptions exceptions;
  private final Outbox outbox;
  private final Transactions tx;
  private final Clock clock;

  public RecordDeviceHealth(
      LaneExceptions exceptions, Outbox outbox, Transactions tx, Clock clock) {
    this.exceptions = exceptions;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
  }

  public LaneException offline(LaneId lane, String device, String reason) {
    Instant now = clock.instant();
    LaneException e =
        new LaneException(
            TimeOrderedId.at(now),
            lane,
            LaneExceptionKind.DEVICE_FAULT,
            null,
            device + " offline: " + reason,
            now);
    return tx.inTransaction(
        () -> {
          exceptions.save(e);
          outbox.append(new GarageEvent.LaneExceptionRaised(e), now);
          return e;
        });
  }
}
