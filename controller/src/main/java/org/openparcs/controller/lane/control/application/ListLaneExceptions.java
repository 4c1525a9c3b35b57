package org.openparcs.controller.lane.control.application;

import java.util.List;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.shared.application.Transactions;

/** The operator's list of lane exceptions, newest first. */
public final class ListLaneExceptions {

  private final LaneControls controls;
  private final LaneExceptions exceptions;
  private final Transactions tx;

  public ListLaneExceptions(LaneControls controls, LaneExceptions exceptions, Transactions tx) {
    this.controls = controls;
    this.exceptions = exceptions;
    this.tx = tx;
  }

  /** Of one lane (an unknown lane is refused), or of every lane when {@code lane} is null. */
  public List<LaneException> list(LaneId lane, int limit) {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
    }
    if (lane != null) {
      controls.lane(lane);
    }
    return tx.readOnly(() -> exceptions.recent(lane, limit));
  }
}
