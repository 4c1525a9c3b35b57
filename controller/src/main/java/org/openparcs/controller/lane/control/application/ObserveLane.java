package org.openparcs.controller.lane.control.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.application.LaneControls.Turn;
import org.openparcs.controller.lane.control.model.VehicleOnLoop;

/**
 * One poll of a lane: read its I/O module (under the lane's lock, so a poll and a vend never
 * interleave), feed the reading or the failure to the lane's state machine, carry out and record
 * what it asks for, then tell the vehicle watches who stands on the arming loop.
 */
public final class ObserveLane {

  private final LaneControls controls;
  private final LaneHardware hardware;
  private final RecordLaneEffects record;
  private final List<VehicleWatch> watches;
  private final Clock clock;

  public ObserveLane(
      LaneControls controls,
      LaneHardware hardware,
      RecordLaneEffects record,
      List<VehicleWatch> watches,
      Clock clock) {
    this.controls = controls;
    this.hardware = hardware;
    this.record = record;
    this.watches = List.copyOf(watches);
    this.clock = clock;
  }

  public ObserveLane(
      LaneControls controls, LaneHardware hardware, RecordLaneEffects record, Clock clock) {
    this(controls, hardware, record, List.of(), clock);
  }

  /**
   * Polls the lane once.
   *
   * @param withCounters also read the loop counters, which catch loops occupied between polls
   * @return the module's failure ({@code kind: message}), or empty when it answered
   */
  public Optional<String> poll(LaneId lane, boolean withCounters) {
    Turn<String> turn =
        controls.turn(
            lane,
            machine -> {
              Instant at = clock.instant();
              try {
                return new Turn<>(null, machine.observe(hardware.read(lane, withCounters), at));
              } catch (DeviceFailure e) {
                return new Turn<>(e.describe(), machine.deviceFailed(e.describe(), at));
              }
            });
    Lane known = controls.lane(lane);
    record.record(known, turn.effects(), clock.instant());
    if (!watches.isEmpty()) {
      Optional<VehicleOnLoop> vehicle = controls.vehicleOnLoop(lane);
      Instant at = clock.instant();
      watches.forEach(w -> w.observed(known, vehicle, at));
    }
    return Optional.ofNullable(turn.answer());
  }
}
