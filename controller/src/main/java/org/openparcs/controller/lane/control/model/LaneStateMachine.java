package org.openparcs.controller.lane.control.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.lane.gate.model.GateEventType;
import org.openparcs.controller.lane.gate.model.SensorState;

/**
 * One lane's control logic, in plain Java with time as an input. Fed with every read of the lane's
 * I/O module, with device failures, with access decisions and with operator mode changes; answers
 * with {@link LaneEffect}s for the caller to carry out. Not thread-safe: one caller at a time.
 *
 * <p>A vehicle arrives on the arming loop, waits for its read (too long: {@code READ_TIMEOUT}), is
 * granted and pulsed through (only while it stands on the arming loop), the arm comes up (else the
 * pulse is repeated once, then {@code ARM_NOT_RISING}), the vehicle drives over the safety loop,
 * and when the arm is down again the vehicle is counted and its session moves. A vehicle that
 * leaves the arming loop without passing reversed. A passage with no grant of its own is
 * tailgating. The lane never commands a close while the safety loop is occupied, and records it if
 * the arm comes down on a vehicle.
 */
public final class LaneStateMachine {

  private final LaneTimings timings;
  private final LaneWatchdog watchdog;
  private final Tickets tickets = new Tickets();
  private final LanePassages passages;
  private LaneMode mode;
  private SensorState sensors;
  private final LoopEdges armingEdges = new LoopEdges();
  private final LoopEdges safetyEdges = new LoopEdges();
  private boolean faulted;
  private long arrival;
  private long decidedArrival = -1;
  private UUID arrivalDecision;
  private long heldOpenGrants;
  private final LaneHold hold = new LaneHold();

  public LaneStateMachine(LaneTimings timings, LaneMode mode) {
    this.timings = timings;
    this.mode = mode;
    this.watchdog = new LaneWatchdog(timings);
    this.passages = new LanePassages(tickets, timings);
  }

  public LaneMode mode() {
    return mode;
  }

  /** A fresh read of the lane's I/O module. */
  public List<LaneEffect> observe(LaneReading reading, Instant at) {
    List<LaneEffect> fx = new ArrayList<>();
    if (sensors == null) {
      firstSight(reading, at, fx);
    } else {
      step(reading, at, fx);
    }
    hold.maintain(mode, sensors, fx);
    tick(at, fx);
    return fx;
  }

  /** The I/O module failed: the lane is out of service and knows nothing of its state. */
  public List<LaneEffect> deviceFailed(String failure, Instant at) {
    List<LaneEffect> fx = new ArrayList<>();
    if (sensors != null || !faulted) {
      sensors = null;
      armingEdges.reset();
      safetyEdges.reset();
      faulted = true;
      hold.lost();
      fx.add(new LaneEffect.Record(GateEventType.DEVICE_FAULT, null, failure));
      fx.add(new LaneEffect.Alarm(LaneExceptionKind.DEVICE_FAULT, null, failure));
    }
    return fx;
  }

  /**
   * A read was decided (and stored). {@code grant} is the vend when granted, null when denied.
   * Never pulses unless a vehicle stands on the arming loop.
   */
  public Vend readDecided(UUID decisionId, VendTicket grant, Instant at) {
    List<LaneEffect> fx = new ArrayList<>();
    if (sensors == null) {
      return new Vend(grant == null ? GrantAnswer.DENIED : GrantAnswer.OUT_OF_SERVICE, fx);
    }
    boolean vehicle = sensors.armingLoopOccupied();
    if (vehicle) {
      decidedArrival = arrival;
      arrivalDecision = decisionId;
    } else if (mode != LaneMode.HELD_OPEN) {
      fx.add(
          new LaneEffect.Alarm(
              LaneExceptionKind.READ_WITHOUT_VEHICLE,
              decisionId,
              "a plate read came while nobody stood on the arming loop"));
    }
    if (grant == null) {
      return new Vend(GrantAnswer.DENIED, fx);
    }
    if (mode == LaneMode.LOCKED_CLOSED) {
      return new Vend(GrantAnswer.LOCKED, fx);
    }
    if (mode == LaneMode.HELD_OPEN) {
      tickets.grant(grant, vehicle ? arrival : Long.MIN_VALUE + heldOpenGrants++);
      return new Vend(GrantAnswer.HELD_OPEN, fx);
    }
    if (!vehicle) {
      return new Vend(GrantAnswer.NO_VEHICLE, fx);
    }
    tickets.pulsed(tickets.grant(grant, arrival), at);
    fx.add(new LaneEffect.Command(DeviceCommand.PULSE_OPEN, grant));
    return new Vend(GrantAnswer.PULSE, fx);
  }

  /** A command could not be carried out by the I/O module. */
  public List<LaneEffect> commandFailed(LaneEffect.Command command, String failure) {
    List<LaneEffect> fx = new ArrayList<>();
    if (command.command() == DeviceCommand.PULSE_OPEN && command.ticket() != null) {
      tickets.cancel(command.ticket());
      fx.add(
          new LaneEffect.Record(
              GateEventType.VEND_FAILED,
              command.ticket().decisionId(),
              "pulse failed: " + failure));
    } else {
      hold.commandFailed(command.command());
    }
    return fx;
  }

  /** An operator set the lane's mode (already stored with who and why). */
  public List<LaneEffect> changeMode(LaneMode newMode, Instant at) {
    List<LaneEffect> fx = new ArrayList<>();
    hold.modeChanged(mode, newMode);
    mode = newMode;
    hold.maintain(mode, sensors, fx);
    return fx;
  }

  public LaneSnapshot snapshot() {
    return new LaneSnapshot(phase(), mode, sensors, tickets.size());
  }

  /** The vehicle on the arming loop as the lane last saw it, if any: reads are grouped by it. */
  public Optional<VehicleOnLoop> vehicleOnLoop() {
    if (sensors == null || !sensors.armingLoopOccupied()) {
      return Optional.empty();
    }
    return Optional.of(new VehicleOnLoop(arrival, awaitingRead()));
  }

  private void firstSight(LaneReading r, Instant at, List<LaneEffect> fx) {
    SensorState s = r.sensors();
    if (faulted) {
      fx.add(new LaneEffect.Record(GateEventType.DEVICE_RECOVERED, null, null));
      boolean settled = s.armDown() && !s.armingLoopOccupied() && !s.safetyLoopOccupied();
      if (settled) {
        for (VendTicket lost : tickets.clear()) {
          String why = "the I/O module was away while this vehicle was let through";
          fx.add(new LaneEffect.Record(GateEventType.VEND_UNCONFIRMED, lost.decisionId(), why));
          fx.add(
              new LaneEffect.Alarm(LaneExceptionKind.PASSAGE_UNCONFIRMED, lost.decisionId(), why));
        }
      }
    }
    faulted = false;
    sensors = s;
    armingEdges.arrivals(false, false, r.tally() == null ? -1 : r.tally().arming());
    safetyEdges.arrivals(false, false, r.tally() == null ? -1 : r.tally().safety());
    watchdog.reset(s, at);
    if (s.armingLoopOccupied()) {
      arrival++;
    }
  }

  private void step(LaneReading r, Instant at, List<LaneEffect> fx) {
    SensorState before = sensors;
    SensorState after = r.sensors();
    LoopTally t = r.tally();
    long armingArrivals =
        armingEdges.arrivals(
            before.armingLoopOccupied(), after.armingLoopOccupied(), t == null ? -1 : t.arming());
    long safetyArrivals =
        safetyEdges.arrivals(
            before.safetyLoopOccupied(), after.safetyLoopOccupied(), t == null ? -1 : t.safety());
    watchdog.changed(before, after, at);
    sensors = after;
    boolean departed =
        before.armingLoopOccupied() && (!after.armingLoopOccupied() || armingArrivals > 0);
    if (departed) {
      armingLoopLeft(after, fx);
    }
    if (armingArrivals > 0) {
      arrival += armingArrivals;
      arrivalDecision = null;
      if (!after.armingLoopOccupied()) {
        armingLoopLeft(after, fx);
      } else if (before.armingLoopOccupied()) {
        watchdog.newArrival(at);
      }
    }
    // Recorded with the decision they belong to: the vehicle let through, or the one now waiting.
    UUID decision = currentDecision();
    for (GateEventType type : after.changesSince(before)) {
      fx.add(new LaneEffect.Record(type, decision, null));
    }
    boolean armWasOff = !before.armDown() || !after.armDown();
    for (long i = 0; i < safetyArrivals && armWasOff; i++) {
      passages.passage(mode == LaneMode.HELD_OPEN || hold.holding(), fx);
    }
    armMoves(before, after, at, fx);
  }

  private void armingLoopLeft(SensorState now, List<LaneEffect> fx) {
    tickets.leftArmingLoop(arrival);
    if (now.armDown() && !tickets.hasFor(arrival) && !tickets.awaitingArm()) {
      fx.add(
          new LaneEffect.Record(
              GateEventType.VEHICLE_REVERSED, arrivalDecision, "left the arming loop, not let in"));
    }
    arrivalDecision = null;
  }

  private void armMoves(SensorState before, SensorState after, Instant at, List<LaneEffect> fx) {
    if (after.armUp()) {
      tickets.armUp();
    }
    if (before.armDown() && !after.armDown()) {
      boolean ours = tickets.awaitingArm() || hold.active() || mode == LaneMode.HELD_OPEN;
      if (!ours) {
        fx.add(
            new LaneEffect.Alarm(
                LaneExceptionKind.GATE_FORCED,
                null,
                "the arm left its down position with no pulse or hold from the controller"));
      }
    }
    if (!before.armDown() && after.armDown()) {
      passages.armDown(after, at, fx);
    }
  }

  private void tick(Instant at, List<LaneEffect> fx) {
    if (sensors == null) {
      return;
    }
    if (awaitingRead()) {
      watchdog.checkRead(arrival, at, fx);
    }
    passages.checkRise(sensors, arrival, at, fx);
    boolean heldOnPurpose = hold.active() || mode == LaneMode.HELD_OPEN;
    watchdog.checkGateAndLoops(sensors, heldOnPurpose, currentDecision(), at, fx);
  }

  private boolean awaitingRead() {
    return sensors.armingLoopOccupied()
        && (mode == LaneMode.NORMAL || mode == LaneMode.FULL)
        && decidedArrival != arrival
        && !tickets.hasFor(arrival);
  }

  private UUID currentDecision() {
    VendTicket current = tickets.current();
    return current != null ? current.decisionId() : arrivalDecision;
  }

  private LanePhase phase() {
    if (sensors == null) {
      return LanePhase.OUT_OF_SERVICE;
    }
    if (mode == LaneMode.HELD_OPEN || hold.holding()) {
      return LanePhase.HELD_OPEN;
    }
    if (sensors.safetyLoopOccupied() && !sensors.armDown()) {
      return LanePhase.PASSING;
    }
    if (tickets.awaitingArm()) {
      return LanePhase.OPENING;
    }
    if (!sensors.armDown()) {
      return !tickets.anyPassed() && !tickets.isEmpty() ? LanePhase.OPEN : LanePhase.CLOSING;
    }
    return sensors.armingLoopOccupied() ? LanePhase.WAITING_FOR_READ : LanePhase.IDLE;
  }
}
