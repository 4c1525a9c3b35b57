package org.openparcs.controller.lane.control.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.lane.access.model.AccessDecision;
import org.openparcs.controller.lane.access.model.RecordedDecision;
import org.openparcs.controller.lane.control.application.LaneControls.Turn;
import org.openparcs.controller.lane.control.model.GrantAnswer;
import org.openparcs.controller.lane.control.model.LaneEffect;
import org.openparcs.controller.lane.control.model.Vend;
import org.openparcs.controller.lane.control.model.VendTicket;
import org.openparcs.controller.lane.gate.model.VendResult;

/**
 * Hands a stored decision to its lane. The lane's sensors are read fresh first (never a cached
 * state), then the state machine decides whether to pulse: only with a vehicle on the arming loop,
 * in a lane in service and not locked.
 */
public final class VendThroughLane {

  private record Answer(GrantAnswer answer, String failure) {}

  /**
   * What the lane did: the vend result for a grant (empty for a denial), and what the lane asks to
   * have recorded, for the caller to store with its own record of the vend in one transaction.
   */
  public record LaneVend(Optional<VendResult> result, List<LaneEffect> effects) {}

  private final LaneControls controls;
  private final LaneHardware hardware;
  private final Clock clock;

  public VendThroughLane(LaneControls controls, LaneHardware hardware, Clock clock) {
    this.controls = controls;
    this.hardware = hardware;
    this.clock = clock;
  }

  /** Hands the decision to the lane; a denial is only taken note of. */
  public LaneVend vend(Lane lane, RecordedDecision decision) {
    VendTicket ticket =
        decision
            .decision()
            .match(
                g -> new VendTicket(decision.id(), decision.credential(), g.permitId()),
                d -> (VendTicket) null);
    Turn<Answer> turn =
        controls.turn(
            lane.id(),
            machine -> {
              Instant at = clock.instant();
              List<LaneEffect> fx = new ArrayList<>();
              String failure = null;
              try {
                fx.addAll(machine.observe(hardware.read(lane.id(), false), at));
              } catch (DeviceFailure e) {
                failure = e.describe();
                fx.addAll(machine.deviceFailed(failure, at));
              }
              Vend vend = machine.readDecided(decision.id(), ticket, at);
              fx.addAll(vend.effects());
              return new Turn<>(new Answer(vend.answer(), failure), fx);
            });
    Optional<VendResult> result =
        decision.decision() instanceof AccessDecision.Granted
            ? Optional.of(result(turn))
            : Optional.empty();
    return new LaneVend(result, turn.effects());
  }

  private static VendResult result(Turn<Answer> turn) {
    Answer a = turn.answer();
    switch (a.answer()) {
      case PULSE:
        if (!turn.failures().isEmpty()) {
          return failed(turn.failures().get(0));
        }
        return new VendResult.Vended();
      case HELD_OPEN:
        return new VendResult.Vended();
      case NO_VEHICLE:
        return new VendResult.NoVehicle();
      case LOCKED:
        return new VendResult.Refused("the lane is locked closed by an operator");
      default:
        return failed(a.failure() == null ? "out of service: the I/O module is away" : a.failure());
    }
  }

  private static VendResult failed(String failure) {
    int colon = failure.indexOf(": ");
    return colon < 0
        ? new VendResult.DeviceFailed("out of service", failure)
        : new VendResult.DeviceFailed(failure.substring(0, colon), failure.substring(colon + 2));
  }
}
