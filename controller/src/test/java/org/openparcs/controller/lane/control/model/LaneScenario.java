package org.openparcs.controller.lane.control.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.lane.gate.model.GateEventType;
import org.openparcs.controller.lane.gate.model.SensorState;
import org.openparcs.controller.plate.model.PlateText;

/**
 * A lane state machine driven by hand: a manual clock, the lane's sensors set one at a time, and
 * every effect the machine asked for kept in order.
 */
final class LaneScenario {

  static final LaneTimings TIMINGS =
      new LaneTimings(
          Duration.ofSeconds(10),
          Duration.ofSeconds(2),
          Duration.ofSeconds(30),
          Duration.ofMinutes(5));
  static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

  final LaneStateMachine lane;
  final List<LaneEffect> effects = new ArrayList<>();
  private Instant now = T0;
  private boolean arming;
  private boolean safety;
  private boolean armUp;
  private boolean armDown = true;
  private LoopTally tally;

  LaneScenario(LaneMode mode) {
    lane = new LaneStateMachine(TIMINGS, mode);
    poll();
  }

  LaneScenario() {
    this(LaneMode.NORMAL);
  }

  static VendTicket ticket(String plate) {
    return new VendTicket(UUID.randomUUID(), PlateText.of(plate), UUID.randomUUID());
  }

  LaneScenario after(Duration d) {
    now = now.plus(d);
    return this;
  }

  LaneScenario afterMillis(long ms) {
    return after(Duration.ofMillis(ms));
  }

  LaneScenario arming(boolean on) {
    arming = on;
    return poll();
  }

  LaneScenario safety(boolean on) {
    safety = on;
    return poll();
  }

  /** The arm leaves down (rising), reaches up, or comes down, as the limit switches show it. */
  LaneScenario armRising() {
    armDown = false;
    armUp = false;
    return poll();
  }

  LaneScenario armIsUp() {
    armDown = false;
    armUp = true;
    return poll();
  }

  LaneScenario armFalling() {
    armUp = false;
    armDown = false;
    return poll();
  }

  LaneScenario armIsDown() {
    armUp = false;
    armDown = true;
    return poll();
  }

  /** The next polls also read the loop counters (negative: they stop reading them). */
  LaneScenario counters(long armingCount, long safetyCount) {
    tally = armingCount < 0 ? null : new LoopTally(armingCount, safetyCount);
    return this;
  }

  LaneScenario poll() {
    effects.addAll(
        lane.observe(new LaneReading(new SensorState(arming, safety, armUp, armDown), tally), now));
    return this;
  }

  Vend grant(VendTicket ticket) {
    Vend v = lane.readDecided(ticket.decisionId(), ticket, now);
    effects.addAll(v.effects());
    return v;
  }

  Vend deny(UUID decisionId) {
    Vend v = lane.readDecided(decisionId, null, now);
    effects.addAll(v.effects());
    return v;
  }

  LaneScenario fail(String failure) {
    effects.addAll(lane.deviceFailed(failure, now));
    return this;
  }

  LaneScenario mode(LaneMode mode) {
    effects.addAll(lane.changeMode(mode, now));
    return this;
  }

  /** A vehicle already granted drives through: over the safety loop, off both loops. */
  LaneScenario drivesThrough() {
    safety(true);
    afterMillis(300);
    arming(false);
    afterMillis(300);
    return safety(false);
  }

  List<DeviceCommand> commands() {
    return effects.stream()
        .filter(e -> e instanceof LaneEffect.Command)
        .map(e -> ((LaneEffect.Command) e).command())
        .toList();
  }

  List<LaneExceptionKind> alarms() {
    return effects.stream()
        .filter(e -> e instanceof LaneEffect.Alarm)
        .map(e -> ((LaneEffect.Alarm) e).kind())
        .toList();
  }

  List<LaneEffect.Alarm> alarmsOf(LaneExceptionKind kind) {
    return effects.stream()
        .filter(e -> e instanceof LaneEffect.Alarm a && a.kind() == kind)
        .map(e -> (LaneEffect.Alarm) e)
        .toList();
  }

  List<LaneEffect.Record> records(GateEventType type) {
    return effects.stream()
        .filter(e -> e instanceof LaneEffect.Record r && r.type() == type)
        .map(e -> (LaneEffect.Record) e)
        .toList();
  }

  List<VendTicket> counted() {
    return effects.stream()
        .filter(e -> e instanceof LaneEffect.Counted)
        .map(e -> ((LaneEffect.Counted) e).ticket())
        .toList();
  }

  LanePhase phase() {
    return lane.snapshot().phase();
  }
}
