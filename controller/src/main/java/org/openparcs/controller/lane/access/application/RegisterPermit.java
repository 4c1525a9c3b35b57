package org.openparcs.controller.lane.access.application;

import java.time.Clock;
import java.time.Instant;
import org.openparcs.controller.garage.model.GarageId;
import org.openparcs.controller.lane.access.model.Permit;
import org.openparcs.controller.lane.access.model.PermitKind;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;

/** Registers a plate as a permit or monthly holder of this garage. */
public final class RegisterPermit {

  /** What an operator asks for. */
  public record Command(
      String plate, String holder, PermitKind kind, Instant validFrom, Instant validTo) {}

  private final GarageId garage;
  private final Permits permits;
  private final Transactions tx;
  private final Clock clock;

  public RegisterPermit(GarageId garage, Permits permits, Transactions tx, Clock clock) {
    this.garage = garage;
    this.permits = permits;
    this.tx = tx;
    this.clock = clock;
  }

  public Permit register(Command command) {
    Permit permit =
        new Permit(
            TimeOrderedId.at(clock.instant()),
            garage,
            PlateText.of(command.plate()),
            command.holder(),
            command.kind(),
            command.validFrom(),
            command.validTo());
    return tx.inTransaction(
        () -> {
          permits.save(permit);
          return permit;
        });
  }
}
