package org.openparcs.controller.lane.control.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.lane.gate.model.SensorState;

/**
 * The lane's timers: how long each loop has been occupied and the arm not down, and which of the
 * resulting exceptions were already raised, so each is raised once per episode.
 */
final class LaneWatchdog {

  private final LaneTimings timings;
  private Instant armingSince;
  private Instant safetySince;
  private Instant armNotDownSince;
  private Instant loopsClearSince;
  private boolean armingStuckRaised;
  private boolean safetyStuckRaised;
  private boolean stuckOpenRaised;
  private long readTimeoutRaisedFor = -1;

  LaneWatchdog(LaneTimings timings) {
    this.timings = timings;
  }

  /** Restarts the timers from a state seen for the first time (start, or device back). */
  void reset(SensorState s, Instant at) {
    armingSince = s.armingLoopOccupied() ? at : null;
    safetySince = s.safetyLoopOccupied() ? at : null;
    armNotDownSince = s.armDown() ? null : at;
    loopsClearSince = at;
  }

  void changed(SensorState before, SensorState after, Instant at) {
    if (after.armingLoopOccupied() != before.armingLoopOccupied()) {
      armingSince = after.armingLoopOccupied() ? at : null;
      armingStuckRaised = false;
    }
    if (after.safetyLoopOccupied() != before.safetyLoopOccupied()) {
      safetySince = after.safetyLoopOccupied() ? at : null;
      safetyStuckRaised = false;
    }
    boolean clearBefore = !before.armingLoopOccupied() && !before.safetyLoopOccupied();
    if (!clearBefore && !after.armingLoopOccupied() && !after.safetyLoopOccupied()) {
      loopsClearSince = at;
    }
    if (after.armDown() != before.armDown()) {
      armNotDownSince = after.armDown() ? null : at;
      stuckOpenRaised = false;
    }
  }

  /** The arming loop has been occupied since a new arrival that the counters alone showed. */
  void newArrival(Instant at) {
    armingSince = at;
    armingStuckRaised = false;
  }

  /** A vehicle waiting for its read too long is reported, once per arrival. */
  void checkRead(long arrival, Instant at, List<LaneEffect> fx) {
    if (readOverdue(arrival, at)) {
      fx.add(
          new LaneEffect.Alarm(
              LaneExceptionKind.READ_TIMEOUT,
              null,
              "a vehicle waits on the arming loop and no plate read came in "
                  + timings.readTimeout().toSeconds()
                  + " s"));
    }
  }

  /** Loops stuck occupied and an arm stuck open are reported, once per episode. */
  void checkGateAndLoops(
      SensorState s, boolean heldOnPurpose, UUID decision, Instant at, List<LaneEffect> fx) {
    String loop = stuckLoop(at);
    if (loop != null) {
      long secs = timings.loopStuckAfter().toSeconds();
      String time = secs >= 120 ? secs / 60 + " min" : secs + " s";
      fx.add(
          new LaneEffect.Alarm(
              LaneExceptionKind.LOOP_STUCK,
              decision,
              "the " + loop + " loop has been occupied without a break for " + time));
    }
    if (heldOnPurpose) {
      armHeldOnPurpose(at);
    } else if (stuckOpen(s, at)) {
      fx.add(
          new LaneEffect.Alarm(
              LaneExceptionKind.GATE_STUCK_OPEN,
              null,
              "the arm has not been down for "
                  + timings.stuckOpenAfter().toSeconds()
                  + " s with nobody on the loops"));
    }
  }

  private boolean readOverdue(long arrival, Instant at) {
    if (armingSince == null || readTimeoutRaisedFor == arrival) {
      return false;
    }
    if (at.isBefore(armingSince.plus(timings.readTimeout()))) {
      return false;
    }
    readTimeoutRaisedFor = arrival;
    return true;
  }

  private String stuckLoop(Instant at) {
    if (armingSince != null
        && !armingStuckRaised
        && !at.isBefore(armingSince.plus(timings.loopStuckAfter()))) {
      armingStuckRaised = true;
      return "arming";
    }
    if (safetySince != null
        && !safetyStuckRaised
        && !at.isBefore(safetySince.plus(timings.loopStuckAfter()))) {
      safetyStuckRaised = true;
      return "safety";
    }
    return null;
  }

  private boolean stuckOpen(SensorState s, Instant at) {
    if (armNotDownSince == null
        || stuckOpenRaised
        || s.armingLoopOccupied()
        || s.safetyLoopOccupied()) {
      return false;
    }
    Instant quietSince =
        loopsClearSince != null && loopsClearSince.isAfter(armNotDownSince)
            ? loopsClearSince
            : armNotDownSince;
    if (at.isBefore(quietSince.plus(timings.stuckOpenAfter()))) {
      return false;
    }
    stuckOpenRaised = true;
    return true;
  }

  /** While an operator holds the arm up, its being up is no fault. */
  private void armHeldOnPurpose(Instant at) {
    if (armNotDownSince != null) {
      armNotDownSince = at;
    }
  }
}
