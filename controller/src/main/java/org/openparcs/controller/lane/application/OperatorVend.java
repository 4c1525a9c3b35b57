package org.openparcs.controller.lane.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.access.application.AccessDecisions;
import org.openparcs.controller.lane.access.model.AccessDecision;
import org.openparcs.controller.lane.access.model.PlateMatch;
import org.openparcs.controller.lane.access.model.RecordedDecision;
import org.openparcs.controller.lane.control.application.LaneControls;
import org.openparcs.controller.lane.gate.model.VendResult;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.plate.model.ReadBasis;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;

/**
 * An operator lets a vehicle through by hand (issue 5): a decision granted by rule {@code
 * OPERATOR_VEND} for the plate the operator names, stored with who and why and reported, then
 * handed to the lane like any grant: the lane's state machine pulses the barrier only for a vehicle
 * on the arming loop, in a lane in service and not locked. The vend is recorded as an {@code
 * OPERATOR_VEND} gate event, which reconciliation counts as an operator vend, not as a gate opened
 * without one.
 */
public final class OperatorVend {

  /** The rule stored with an operator's vend. */
  public static final String RULE = "OPERATOR_VEND";

  public record Command(LaneId lane, PlateText plate, String operator, String reason) {}

  /** The vend's decision and what the lane did with it. */
  public record Result(RecordedDecision decision, VendResult vend) {}

  /** Nobody stands on the arming loop as the lane last saw it: nothing is stored. */
  public static final class NoVehicle extends RuntimeException {
    public NoVehicle(LaneId lane) {
      super("no vehicle on the arming loop of lane " + lane.value() + ": the barrier stays down");
    }
  }

  private final LaneControls controls;
  private final AccessDecisions decisions;
  private final VendAtLane vendAtLane;
  private final Outbox outbox;
  private final Transactions tx;
  private final Clock clock;

  public OperatorVend(
      LaneControls controls,
      AccessDecisions decisions,
      VendAtLane vendAtLane,
      Outbox outbox,
      Transactions tx,
      Clock clock) {
    this.controls = controls;
    this.decisions = decisions;
    this.vendAtLane = vendAtLane;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
  }

  public Result vend(Command command) {
    Lane lane = controls.lane(command.lane());
    if (controls.vehicleOnLoop(lane.id()).isEmpty()) {
      throw new NoVehicle(lane.id());
    }
    Instant now = clock.instant();
    RecordedDecision decision =
        new RecordedDecision(
            TimeOrderedId.at(now),
            null,
            lane.id(),
            command.plate(),
            new AccessDecision.Granted(RULE, null),
            now,
            PlateMatch.exact(command.plate()),
            ReadBasis.OPERATOR,
            0);
    tx.inTransaction(
        () -> {
          decisions.save(decision);
          outbox.append(new GarageEvent.AccessDecided(decision), now);
          return null;
        });
    String who = "by " + command.operator() + ": " + command.reason();
    Optional<VendResult> result = vendAtLane.vendByOperator(lane, decision, who);
    return new Result(decision, result.orElseThrow());
  }
}
