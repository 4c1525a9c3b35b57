package org.openparcs.controller.occupancy.application;

import java.util.List;
import java.util.Optional;
import org.openparcs.controller.garage.model.Direction;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.lane.control.application.ChangeLaneMode;
import org.openparcs.controller.lane.control.application.LaneControls;
import org.openparcs.controller.lane.control.application.LaneModeChanges;
import org.openparcs.controller.lane.control.model.LaneMode;
import org.openparcs.controller.occupancy.model.FullModePolicy;
import org.openparcs.controller.occupancy.model.Occupancy;
import org.openparcs.controller.shared.application.Transactions;

/**
 * Sets the entry lanes' full mode from occupancy ({@link FullModePolicy}); each change is stored
 * and reported like an operator's, with operator {@value FullModePolicy#OPERATOR} and the count.
 */
public final class FollowOccupancy {

  private final ShowOccupancy occupancy;
  private final List<Lane> lanes;
  private final LaneControls controls;
  private final LaneModeChanges changes;
  private final ChangeLaneMode changeMode;
  private final Transactions tx;

  public FollowOccupancy(
      ShowOccupancy occupancy,
      List<Lane> lanes,
      LaneControls controls,
      LaneModeChanges changes,
      ChangeLaneMode changeMode,
      Transactions tx) {
    this.occupancy = occupancy;
    this.lanes = lanes.stream().filter(l -> l.direction() == Direction.ENTRY).toList();
    this.controls = controls;
    this.changes = changes;
    this.changeMode = changeMode;
    this.tx = tx;
  }

  /** Looks once; returns the occupancy it acted on. */
  public Occupancy follow() {
    Occupancy now = occupancy.now();
    if (now.capacity() == 0) {
      return now;
    }
    for (Lane lane : lanes) {
      LaneMode current = controls.mode(lane.id());
      Optional<String> by = tx.readOnly(() -> changes.lastOperator(lane.id()));
      FullModePolicy.next(now, current, by)
          .ifPresent(
              mode ->
                  changeMode.change(
                      new ChangeLaneMode.Command(
                          lane.id(),
                          mode,
                          FullModePolicy.OPERATOR,
                          "occupancy "
                              + now.inside()
                              + " of "
                              + now.capacity()
                              + (mode == LaneMode.FULL ? ": garage full" : ": space free"))));
    }
    return now;
  }
}
