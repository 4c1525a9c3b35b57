package org.openparcs.controller.lane.control.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.model.LaneEffect;
import org.openparcs.controller.lane.control.model.LaneMode;
import org.openparcs.controller.lane.control.model.LaneSnapshot;
import org.openparcs.controller.lane.control.model.LaneStateMachine;
import org.openparcs.controller.lane.control.model.LaneTimings;
import org.openparcs.controller.lane.control.model.VehicleOnLoop;
import org.openparcs.controller.shared.application.ChangeNotices;

/**
 * One state machine per lane, each behind its own lock: the monitor's polls, the vends and the mode
 * changes of a lane reach its machine one at a time, and so do the device commands it asks for.
 * Lanes run in parallel. Records are written after the lock is released.
 */
public final class LaneControls {

  /**
   * What one turn of a lane produced: the machine's answer, every effect in order, and the failures
   * of device commands ({@code kind: message}), if any.
   */
  public record Turn<T>(T answer, List<LaneEffect> effects, List<String> failures) {
    public Turn(T answer, List<LaneEffect> effects) {
      this(answer, effects, List.of());
    }
  }

  private final Map<LaneId, LaneStateMachine> machines = new LinkedHashMap<>();
  private final Map<LaneId, Lane> lanes = new LinkedHashMap<>();
  private final PerformCommands commands;
  private final ChangeNotices notices;

  public LaneControls(
      List<Lane> lanes,
      LaneTimings timings,
      Map<LaneId, LaneMode> modes,
      PerformCommands commands) {
    this(lanes, timings, modes, commands, ChangeNotices.NONE);
  }

  /** {@code notices} hears of every turn that changed a lane's snapshot, when it happens. */
  public LaneControls(
      List<Lane> lanes,
      LaneTimings timings,
      Map<LaneId, LaneMode> modes,
      PerformCommands commands,
      ChangeNotices notices) {
    for (Lane lane : lanes) {
      this.lanes.put(lane.id(), lane);
      machines.put(
          lane.id(), new LaneStateMachine(timings, modes.getOrDefault(lane.id(), LaneMode.NORMAL)));
    }
    this.commands = commands;
    this.notices = notices;
  }

  /**
   * Runs {@code work} on the lane's machine under its lock, then carries out the device commands it
   * asked for (still under the lock, so commands keep the order the machine gave them).
   */
  public <T> Turn<T> turn(LaneId id, Function<LaneStateMachine, Turn<T>> work) {
    LaneStateMachine machine = machine(id);
    Turn<T> done;
    boolean changed;
    synchronized (machine) {
      LaneSnapshot before = machine.snapshot();
      Turn<T> turn = work.apply(machine);
      List<String> failures = new ArrayList<>();
      List<LaneEffect> all = commands.perform(id, machine, turn.effects(), failures);
      done = new Turn<>(turn.answer(), all, failures);
      changed = !before.equals(machine.snapshot());
    }
    if (changed) {
      notices.changed(ChangeNotices.Topic.LANES);
    }
    return done;
  }

  public Lane lane(LaneId id) {
    Lane lane = lanes.get(id);
    if (lane == null) {
      throw new UnknownLaneException(id);
    }
    return lane;
  }

  public List<Lane> lanes() {
    return List.copyOf(lanes.values());
  }

  public LaneMode mode(LaneId id) {
    LaneStateMachine machine = machine(id);
    synchronized (machine) {
      return machine.mode();
    }
  }

  /** The vehicle on the lane's arming loop as the lane last saw it, if any. */
  public Optional<VehicleOnLoop> vehicleOnLoop(LaneId id) {
    LaneStateMachine machine = machine(id);
    synchronized (machine) {
      return machine.vehicleOnLoop();
    }
  }

  public LaneSnapshot snapshot(LaneId id) {
    LaneStateMachine machine = machine(id);
    synchronized (machine) {
      return machine.snapshot();
    }
  }

  private LaneStateMachine machine(LaneId id) {
    lane(id);
    return machines.get(id);
  }
}
