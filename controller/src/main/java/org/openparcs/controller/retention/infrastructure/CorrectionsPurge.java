package org.openparcs.controller.retention.infrastructure;

import java.util.ArrayList;
import java.util.List;
import org.openparcs.controller.retention.application.PurgeProgress;
import org.openparcs.controller.retention.application.PurgeStep;
import org.openparcs.controller.retention.model.DataClasses;
import org.openparcs.controller.retention.model.Holds;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;
import org.openparcs.protection.PlateLookup;

/**
 * Operators' corrections carry plate texts (read and corrected): they go with the reads after the
 * plate-reads cut-off (POLICY R1), unless a hold names either read or either plate (R3). The texts
 * are sealed (K1): a held plate is found by its lookup hash, or in the clear column of a row the
 * start-up converter has not sealed yet.
 */
final class CorrectionsPurge implements PurgeStep {

  private final ChunkedRows rows;
  private final String garageId;
  private final PlateLookup lookup;

  /** {@code lookup} finds held plates by their hash; null when none can be held. */
  CorrectionsPurge(ChunkedRows rows, String garageId, PlateLookup lookup) {
    this.rows = rows;
    this.garageId = garageId;
    this.lookup = lookup;
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
              List<HeldFilter> held =
                  List.of(
                      HeldFilter.hashed(
                          "plate_read_id",
                          holds.readIds(),
                          "original_hash",
                          holds.plates(),
                          lookup),
                      HeldFilter.hashed(
                          "corrected_read_id",
                          holds.readIds(),
                          "corrected_hash",
                          holds.plates(),
                          lookup),
                      HeldFilter.of(null, List.of(), "original_text", holds.plates()),
                      HeldFilter.of(null, List.of(), "corrected_text", holds.plates()));
              StringBuilder sql = new StringBuilder();
              List<Object> params = new ArrayList<>();
              for (HeldFilter f : held) {
                sql.append(f.sql());
                params.addAll(f.params());
              }
              long deleted =
                  rows.apply(
                      "plate_correction",
                      "corrected_at",
                      "DELETE FROM plate_correction",
                      garageId,
                      c.purgeBefore(),
                      sql.toString(),
                      params,
                      progress);
              return counts.add(PurgeCounts.CORRECTION_PLATES, deleted);
            })
        .orElse(counts);
  }
}
