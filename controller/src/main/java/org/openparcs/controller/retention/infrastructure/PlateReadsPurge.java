package org.openparcs.controller.retention.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openparcs.controller.retention.application.PurgeProgress;
import org.openparcs.controller.retention.application.PurgeStep;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.DataClasses;
import org.openparcs.controller.retention.model.Holds;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;

/**
 * Deletes plate reads older than the plate-reads cut-off (POLICY R1), keeping those a hold names by
 * read id or plate (R3), and counts what stayed.
 */
final class PlateReadsPurge implements PurgeStep {

  private final ChunkedRows rows;
  private final String garageId;

  PlateReadsPurge(ChunkedRows rows, String garageId) {
    this.rows = rows;
    this.garageId = garageId;
  }

  @Override
  public String name() {
    return PurgeCounts.PLATE_READS;
  }

  @Override
  public long estimate(PurgeOrder order, Holds holds) {
    return cutoff(order)
        .map(
            c ->
                rows.count(
                    "SELECT COUNT(*) FROM plate_read WHERE garage_id = ? AND received_at < ?",
                    List.of(garageId, c.purgeBefore())))
        .orElse(0L);
  }

  @Override
  public PurgeCounts run(PurgeOrder order, Holds holds, PurgeProgress progress) {
    PurgeCounts counts = new PurgeCounts();
    Optional<ClassCutoff> cutoff = cutoff(order);
    if (cutoff.isEmpty()) {
      return counts;
    }
    Instant before = cutoff.get().purgeBefore();
    HeldFilter held = HeldFilter.of("id", holds.readIds(), "plate", holds.plates());
    long deleted =
        rows.apply(
            "plate_read",
            "received_at",
            "DELETE FROM plate_read",
            garageId,
            before,
            held.sql(),
            held.params(),
            progress);
    counts.add(PurgeCounts.PLATE_READS, deleted);
    counts.add(
        PurgeCounts.HELD_KEPT,
        rows.count(
            "SELECT COUNT(*) FROM plate_read WHERE garage_id = ? AND received_at < ?",
            List.of(garageId, before)));
    return counts;
  }

  private static Optional<ClassCutoff> cutoff(PurgeOrder order) {
    return order.cutoff(DataClasses.PLATE_READS);
  }
}
