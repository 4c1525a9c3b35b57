package org.openparcs.controller.lane.control.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.application.LaneControls.Turn;

/**
 * One poll of a lane: read its I/O module (under the lane's lock, so a poll and a vend never
 * interleave), feed the reading or the failure to the lane's state machine, carry out and record
 * what it asks for.
 */
public final class ObserveLane {

  private final LaneControls controls;
  private final LaneHardware hardware;
  private final RecordLaneEffects record;
  private final Clock clock;

  public ObserveLane(
      LaneControls controls, LaneHardware hardware, RecordLaneEffects record, Clock clock) {
    this.controls = controls;
    this.hardware = hardware;
    this.record = record;
    this.clock = clock;
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
    record.record(controls.lane(lane), turn.effects(), clock.instant());
    return Optional.ofNullable(turn.answer());
  }
}
