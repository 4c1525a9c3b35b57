package org.openparcs.portal.protection.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openparcs.db.backup.DecisionJournal;
import org.openparcs.protection.Rekey;
import org.openparcs.protection.RekeyCounts;
import org.openparcs.protection.SealedColumn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's re-key (POLICY K1 key rotation): first seals what an older schema left in clear,
 * then rewrites every value sealed under an old data key and every hash made with an old lookup
 * key, column by column, in batches, and seals the decision journal's lines anew (clear ones, and
 * those under an old data key). Idempotent; after it the old keys can leave the configuration. Runs
 * in the background at start-up and by command ({@link RekeyCommand}).
 */
public final class PortalRekey {

  private static final Logger LOG = LoggerFactory.getLogger(PortalRekey.class);

  /** What one run did: rows converted from clear, and the counts per column. */
  public record Result(long converted, List<RekeyCounts> columns, long journalLines) {

    public long resealed() {
      return columns.stream().mapToLong(RekeyCounts::resealed).sum();
    }

    public long rehashed() {
      return columns.stream().mapToLong(RekeyCounts::rehashed).sum();
    }
  }

  private final ClearPlates clear;
  private final Rekey rekey;
  private final List<SealedColumn> columns;
  private final int batch;
  private final Optional<DecisionJournal> journal;

  PortalRekey(
      ClearPlates clear,
      Rekey rekey,
      List<SealedColumn> columns,
      int batch,
      Optional<DecisionJournal> journal) {
    this.clear = clear;
    this.rekey = rekey;
    this.columns = List.copyOf(columns);
    this.batch = batch;
    this.journal = journal;
  }

  public synchronized Result run() {
    long converted = clear.sealAll();
    List<RekeyCounts> counts = new ArrayList<>();
    for (SealedColumn column : columns) {
      counts.add(rekey.run(column, batch));
    }
    long journalLines = journal.map(DecisionJournal::reseal).orElse(0);
    Result result = new Result(converted, counts, journalLines);
    LOG.info(
        "Plate protection re-key: {} clear row(s) sealed, {} value(s) re-sealed, {} hash(es)"
            + " remade, {} decision journal line(s) sealed anew; {}",
        converted,
        result.resealed(),
        result.rehashed(),
        journalLines,
        counts);
    return result;
  }
}
