package org.openparcs.controller.lane.control.model;

import java.util.List;
import org.openparcs.controller.lane.gate.model.GateEventType;
import org.openparcs.controller.lane.gate.model.SensorState;

/**
 * The barrier held open by an operator: the OPEN contact is kept closed while the lane is {@link
 * LaneMode#HELD_OPEN}, and let go when it leaves that mode, but never while a vehicle is on the
 * safety loop (the controller must not command a close on a vehicle).
 */
final class LaneHold {

  private boolean holding;
  private boolean releasePending;

  /** Whether the contact is held, or waiting to be let go. */
  boolean active() {
    return holding || releasePending;
  }

  boolean holding() {
    return holding;
  }

  void modeChanged(LaneMode from, LaneMode to) {
    if (to == LaneMode.HELD_OPEN) {
      releasePending = false;
    } else if (from == LaneMode.HELD_OPEN && holding) {
      releasePending = true;
    }
  }

  /** The module was away: whether it still holds the contact is unknown, so hold again. */
  void lost() {
    holding = false;
  }

  /** A hold or release command failed: try again at the next read. */
  void commandFailed(DeviceCommand command) {
    if (command == DeviceCommand.HOLD_OPEN) {
      holding = false;
    } else if (command == DeviceCommand.RELEASE_HOLD) {
      holding = true;
      releasePending = true;
    }
  }

  /** Commands the hold, or its release once the safety loop is clear. */
  void maintain(LaneMode mode, SensorState sensors, List<LaneEffect> fx) {
    if (sensors == null) {
      return;
    }
    if (mode == LaneMode.HELD_OPEN && !holding) {
      holding = true;
      fx.add(new LaneEffect.Command(DeviceCommand.HOLD_OPEN, null));
      fx.add(new LaneEffect.Record(GateEventType.HOLD_OPEN, null, "held open by an operator"));
    }
    if (releasePending && !sensors.safetyLoopOccupied()) {
      releasePending = false;
      holding = false;
      fx.add(new LaneEffect.Command(DeviceCommand.RELEASE_HOLD, null));
      fx.add(new LaneEffect.Record(GateEventType.HOLD_RELEASED, null, null));
    }
  }
}
