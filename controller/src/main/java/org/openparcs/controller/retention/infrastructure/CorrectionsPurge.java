package org.openparcs.controller.retention.infrastructure;

import java.util.ArrayList;
import java.util.List;
import org.openparcs.controller.retention.application.PurgeProgress;
import org.openparcs.controller.retention.application.PurgeStep;
import org.openparcs.controller.retention.model.DataClasses;
import org.openparcs.controller.retention.model.Holds;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;

/**
 * Operators' corrections carry plate texts (read and corrected): they go with the reads after the
 * plate-reads cut-off (POLICY R1), unless a hold names either read or either plate (R3).
 */
final class CorrectionsPurge implements PurgeStep {

  private final ChunkedRows rows;
  private final String garageId;

  CorrectionsPurge(ChunkedRows rows, String garageId) {
    this.rows = rows;
    this.garageId = garageId;
  }

  @Override
  public String name() {
    return PurgeCounts.CORRECTION_PLATES;
  }

  @Override
  public long estimate(PurgeOrder order, Holds holds) {
    return 0;
  }

  @Override
  public PurgeCounts run(PurgeOrder order, Holds holds, PurgeProgress progress) {
    PurgeCounts counts = new PurgeCounts();
    return order
        .cutoff(DataClasses.PLATE_READS)
        .map(
            c -> {
              HeldFilter a =
                  HeldFilter.of("plate_read_id", holds.readIds(), "original_text", holds.plates());
              HeldFilter b =
                  HeldFilter.of(
                      "corrected_read_id", holds.readIds(), "corrected_text", holds.plates());
              List<Object> params = new ArrayList<>(a.params());
              params.addAll(b.params());
              long deleted =
                  rows.apply(
                      "plate_correction",
                      "corrected_at",
                      "DELETE FROM plate_correction",
                      garageId,
                      c.purgeBefore(),
                      a.sql() + b.sql(),
                      params,
                      progress);
              return counts.add(PurgeCounts.CORRECTION_PLATES, deleted);
            })
        .orElse(counts);
  }
}
