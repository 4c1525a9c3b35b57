package org.openparcs.controller.retention.infrastructure;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.openparcs.controller.backup.model.PurgeOrderCarriedOut;
import org.openparcs.controller.camera.application.FrameStore;
import org.openparcs.controller.retention.application.PurgeProgress;
import org.openparcs.controller.retention.application.PurgeStep;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;
import org.openparcs.protection.PlateLookup;

/**
 * A journaled purge order carried out again on a restored database (POLICY R1): the same stores,
 * the order's cut-offs, and what was held when it ran (R3). The steps are idempotent. The images of
 * the reads it purges are deleted from {@code frames}, the restored images folder.
 */
public final class PurgeAgain {

  private static final int CHUNK = 5000;

  private PurgeAgain() {}

  /** Purges again what the order purged; returns the number of records removed or emptied. */
  public static long rows(
      DataSource db, PurgeOrderCarriedOut carried, FrameStore frames, PlateLookup lookup) {
    PurgeOrder order =
        new PurgeOrder(
            UUID.fromString(carried.orderId()),
            0,
            carried.garageId(),
            "replay",
            carried.at(),
            carried.cutoffs(),
            List.of());
    PurgeProgress progress = new PurgeProgress();
    long done = 0;
    for (PurgeStep step :
        RetentionFactory.purgeSteps(
            new ChunkedRows(db, CHUNK), db, CHUNK, carried.garageId(), frames, lookup)) {
      PurgeCounts counts = step.run(order, carried.holds(), progress);
      done +=
          counts.asMap().entrySet().stream()
              .filter(e -> !PurgeCounts.HELD_KEPT.equals(e.getKey()))
              .mapToLong(e -> e.getValue())
              .sum();
    }
    return done;
  }
}
