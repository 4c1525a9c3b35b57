package org.openparcs.controller.retention.infrastructure;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openparcs.controller.retention.application.PurgeProgress;
import org.openparcs.controller.retention.application.PurgeStep;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.Holds;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;

/**
 * The outbox's copies of events carry plates: once delivered (the portal keeps and purges its own
 * copy, holds included) those older than the latest cut-off of the order go. Events not yet
 * delivered stay until the portal has them.
 */
final class DeliveredEventsPurge implements PurgeStep {

  private final ChunkedRows rows;

  DeliveredEventsPurge(ChunkedRows rows) {
    this.rows = rows;
  }

  @Override
  public String name() {
    return PurgeCounts.OUTBOX_EVENTS;
  }

  @Override
  public long estimate(PurgeOrder order, Holds holds) {
    return 0;
  }

  @Override
  public PurgeCounts run(PurgeOrder order, Holds holds, PurgeProgress progress) {
    PurgeCounts counts = new PurgeCounts();
    Optional<Instant> before =
        order.cutoffs().stream().map(ClassCutoff::purgeBefore).max(Comparator.naturalOrder());
    if (before.isEmpty()) {
      return counts;
    }
    long deleted =
        rows.deleteInChunks(
            "outbox",
            "delivered_at IS NOT NULL AND occurred_at < ?",
            "seq",
            List.of(before.get()),
            progress);
    return counts.add(PurgeCounts.OUTBOX_EVENTS, deleted);
  }
}
