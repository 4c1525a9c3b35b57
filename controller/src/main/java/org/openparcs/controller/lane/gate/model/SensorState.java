package org.openparcs.controller.lane.gate.model;

import java.util.ArrayList;
import java.util.List;

/** What a lane's loops and arm switches show at one moment. */
public record SensorState(
    boolean armingLoopOccupied, boolean safetyLoopOccupied, boolean armUp, boolean armDown) {

  /** The events that take the lane from {@code before} to this state, in a stable order. */
  public List<GateEventType> changesSince(SensorState before) {
    List<GateEventType> changes = new ArrayList<>();
    if (armingLoopOccupied != before.armingLoopOccupied) {
      changes.add(
          armingLoopOccupied
              ? GateEventType.ARMING_LOOP_OCCUPIED
              : GateEventType.ARMING_LOOP_CLEARED);
    }
    if (safetyLoopOccupied != before.safetyLoopOccupied) {
      changes.add(
          safetyLoopOccupied
              ? GateEventType.SAFETY_LOOP_OCCUPIED
              : GateEventType.SAFETY_LOOP_CLEARED);
    }
    if (armUp && !before.armUp) {
      changes.add(GateEventType.ARM_UP);
    }
    if (armDown && !before.armDown) {
      changes.add(GateEventType.ARM_DOWN);
    }
    return changes;
  }
}
