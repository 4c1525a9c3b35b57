package org.openparcs.controller.lane.control.application;

import java.util.Map;
import java.util.Optional;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.model.LaneMode;
import org.openparcs.controller.lane.control.model.LaneModeChange;

/** The audited history of lane modes. */
public interface LaneModeChanges {
  void save(LaneModeChange change);

  /** Each lane's mode as last set; lanes never set are absent (they run NORMAL). */
  Map<LaneId, LaneMode> current();

  /** Who set the lane's current mode; empty when its mode was never set. */
  Optional<String> lastOperator(LaneId lane);
}
