package org.openparcs.controller.lane.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.application.UnknownLaneException;
import org.openparcs.controller.plate.application.PendingRead;
import org.openparcs.controller.plate.application.ReadAccuracy;
import org.openparcs.controller.plate.application.ReadSummary;
import org.openparcs.controller.plate.application.ReadViews;
import org.openparcs.controller.shared.application.Transactions;

/**
 * The operator's view of reads at the lanes: what waits for a plate to be read from the image, the
 * newest reads with their decisions, and how often reads had to be corrected (POLICY K3). Queries
 * only; a lane named must exist.
 */
public final class ReviewReads {

  /** The longest period one accuracy figure covers. */
  public static final Duration LONGEST_PERIOD = Duration.ofDays(366);

  private final GarageLayout garage;
  private final ReadViews views;
  private final Transactions tx;

  public ReviewReads(GarageLayout garage, ReadViews views, Transactions tx) {
    this.garage = garage;
    this.views = views;
    this.tx = tx;
  }

  public List<PendingRead> pending(LaneId lane, int limit) {
    check(lane, limit);
    return tx.readOnly(() -> views.pending(lane, limit));
  }

  public List<ReadSummary> recent(LaneId lane, int limit) {
    check(lane, limit);
    return tx.readOnly(() -> views.recent(lane, limit));
  }

  public ReadAccuracy accuracy(LaneId lane, Instant from, Instant to) {
    check(lane, 1);
    if (!from.isBefore(to) || Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
      throw new IllegalArgumentException(
          "the period must start before it ends and span at most 366 days");
    }
    return tx.readOnly(() -> views.accuracy(lane, from, to));
  }

  private void check(LaneId lane, int limit) {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
    }
    if (lane != null && garage.lane(lane).isEmpty()) {
      throw new UnknownLaneException(lane);
    }
  }
}
