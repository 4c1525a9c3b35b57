package org.openparcs.controller.lane.control.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.lane.gate.model.GateEventType;
import org.openparcs.controller.lane.gate.model.SensorState;

/**
 * The lane's book-keeping of vehicles under the arm: each passage over the safety loop uses up a
 * grant or is tailgating; the arm coming down counts the vehicles through; an arm that does not
 * rise after a pulse gets one more pulse, then an alarm.
 */
final class LanePassages {

  private final Tickets tickets;
  private final LaneTimings timings;

  LanePassages(Tickets tickets, LaneTimings timings) {
    this.tickets = tickets;
    this.timings = timings;
  }

  /** A vehicle drove onto the safety loop under an arm that is not down. */
  void passage(boolean heldOpen, List<LaneEffect> fx) {
    Tickets.Ticket t = tickets.passage();
    if (heldOpen) {
      // Held open there is no arm cycle to wait for: the passage itself counts the vehicle.
      if (t != null) {
        tickets.drop(t);
        counted(t.vend, fx);
      } else {
        fx.add(new LaneEffect.Record(GateEventType.PASSED_WHILE_HELD_OPEN, null, null));
      }
      return;
    }
    if (t == null) {
      VendTicket paid = tickets.lastPassed();
      UUID decision = paid == null ? null : paid.decisionId();
      String why =
          paid == null
              ? "a vehicle passed under the arm with no grant"
              : "a second vehicle passed under the arm on one grant";
      fx.add(new LaneEffect.Record(GateEventType.TAILGATE, decision, why));
      fx.add(new LaneEffect.Alarm(LaneExceptionKind.TAILGATING, decision, why));
    }
  }

  /** The arm reached its down position: the cycle's vehicles are settled. */
  void armDown(SensorState now, Instant at, List<LaneEffect> fx) {
    if (now.safetyLoopOccupied()) {
      UUID decision = tickets.lastPassed() == null ? null : tickets.lastPassed().decisionId();
      fx.add(
          new LaneEffect.Alarm(
              LaneExceptionKind.ARM_CLOSED_ON_VEHICLE,
              decision,
              "the arm came down while the safety loop was occupied"));
    }
    Tickets.Settled settled = tickets.armDown(at, timings.riseTimeout());
    settled.counted().forEach(v -> counted(v, fx));
    for (VendTicket v : settled.reversed()) {
      fx.add(
          new LaneEffect.Record(
              GateEventType.VEHICLE_REVERSED, v.decisionId(), "let through, but backed away"));
    }
    for (VendTicket v : settled.lapsed()) {
      fx.add(
          new LaneEffect.Record(
              GateEventType.VEND_LAPSED,
              v.decisionId(),
              "the arm closed before the vehicle moved"));
    }
  }

  /** Pulses whose arm is not up in time: once more while the vehicle waits, then an alarm. */
  void checkRise(SensorState now, long arrival, Instant at, List<LaneEffect> fx) {
    for (Tickets.Ticket t : tickets.overdue(at, timings.riseTimeout())) {
      UUID decision = t.vend.decisionId();
      long ms = timings.riseTimeout().toMillis();
      if (t.pulses < 2 && now.armingLoopOccupied() && t.arrival == arrival) {
        tickets.pulsed(t, at);
        fx.add(new LaneEffect.Command(DeviceCommand.PULSE_OPEN, t.vend));
        fx.add(
            new LaneEffect.Record(
                GateEventType.PULSE_RETRIED, decision, "arm not up " + ms + " ms after the pulse"));
      } else {
        tickets.drop(t);
        String why = "the arm did not rise after " + t.pulses + " pulse(s)";
        fx.add(new LaneEffect.Record(GateEventType.ARM_NOT_RISING, decision, why));
        fx.add(new LaneEffect.Alarm(LaneExceptionKind.ARM_NOT_RISING, decision, why));
      }
    }
  }

  private static void counted(VendTicket v, List<LaneEffect> fx) {
    fx.add(new LaneEffect.Counted(v));
    fx.add(new LaneEffect.Record(GateEventType.VEHICLE_COUNTED, v.decisionId(), null));
  }
}
