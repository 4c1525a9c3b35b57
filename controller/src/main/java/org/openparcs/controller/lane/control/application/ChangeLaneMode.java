package org.openparcs.controller.lane.control.application;

import java.time.Clock;
import java.time.Instant;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.application.LaneControls.Turn;
import org.openparcs.controller.lane.control.model.LaneMode;
import org.openparcs.controller.lane.control.model.LaneModeChange;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;

/**
 * An operator sets a lane's mode. The change is stored (who, when, why, from what) and reported
 * before the lane acts on it; a hold is released only once the safety loop is clear.
 */
public final class ChangeLaneMode {

  /** What the operator asked for. */
  public record Command(LaneId lane, LaneMode mode, String operator, String reason) {}

  private final LaneControls controls;
  private final LaneModeChanges changes;
  private final RecordLaneEffects record;
  private final Outbox outbox;
  private final Transactions tx;
  private final Clock clock;

  public ChangeLaneMode(
      LaneControls controls,
      LaneModeChanges changes,
      RecordLaneEffects record,
      Outbox outbox,
      Transactions tx,
      Clock clock) {
    this.controls = controls;
    this.changes = changes;
    this.record = record;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
  }

  /** Mode changes are rare: one at a time keeps "from" true. */
  public synchronized LaneModeChange change(Command command) {
    Lane lane = controls.lane(command.lane());
    Instant at = clock.instant();
    LaneModeChange change =
        new LaneModeChange(
            TimeOrderedId.at(at),
            lane.id(),
            controls.mode(lane.id()),
            command.mode(),
            command.operator() == null ? null : command.operator().strip(),
            command.reason() == null ? null : command.reason().strip(),
            at);
    tx.inTransaction(
        () -> {
          changes.save(change);
          outbox.append(new GarageEvent.LaneModeChanged(change), at);
          return null;
        });
    Turn<Void> turn =
        controls.turn(lane.id(), m -> new Turn<>(null, m.changeMode(command.mode(), at)));
    record.record(lane, turn.effects(), clock.instant());
    return change;
  }
}
