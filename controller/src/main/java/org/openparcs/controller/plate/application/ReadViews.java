package org.openparcs.controller.plate.application;

import java.time.Instant;
import java.util.List;
import org.openparcs.controller.garage.model.LaneId;

/**
 * What operators look at: reads with their decisions and images, and how often reads were wrong.
 */
public interface ReadViews {

  /**
   * Exceptions waiting for an operator to read a plate (no read, low confidence, ambiguous) that no
   * correction answered yet, newest first; of one lane, or of all when {@code lane} is null.
   */
  List<PendingRead> pending(LaneId lane, int limit);

  /** The newest reads with the decision taken on each, if any; of one lane or of all (null). */
  List<ReadSummary> recent(LaneId lane, int limit);

  /** Reads, decisions and corrections in {@code [from, to)}; of one lane or of all (null). */
  ReadAccuracy accuracy(LaneId lane, Instant from, Instant to);
}
