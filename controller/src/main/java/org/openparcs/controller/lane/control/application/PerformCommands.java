package org.openparcs.controller.lane.control.application;

import java.util.ArrayList;
import java.util.List;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.model.LaneEffect;
import org.openparcs.controller.lane.control.model.LaneStateMachine;

/**
 * Carries out the device commands among a lane's effects, in order, and tells the machine of any
 * that failed (a failed pulse cancels its vend). Called under the lane's lock.
 */
public final class PerformCommands {

  private final LaneHardware hardware;

  public PerformCommands(LaneHardware hardware) {
    this.hardware = hardware;
  }

  /**
   * Every effect given, plus those the machine added because a command failed; each failure is also
   * added to {@code failures}.
   */
  public List<LaneEffect> perform(
      LaneId lane, LaneStateMachine machine, List<LaneEffect> fx, List<String> failures) {
    List<LaneEffect> all = new ArrayList<>(fx.size());
    for (LaneEffect effect : fx) {
      all.add(effect);
      if (effect instanceof LaneEffect.Command c) {
        try {
          hardware.perform(lane, c.command());
        } catch (DeviceFailure e) {
          failures.add(e.describe());
          all.addAll(machine.commandFailed(c, e.describe()));
        }
      }
    }
    return all;
  }
}
