package org.openparcs.controller.retention.application;

import org.openparcs.controller.retention.model.Holds;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;

/**
 * One store of plate data at the garage and how an order purges it. Steps are idempotent: running
 * an order again (after a crash) removes what is left and nothing else.
 */
public interface PurgeStep {

  /** A short name for progress ("plate-reads", "session-plates", ...). */
  String name();

  /** About how many records the order will touch here (for progress; 0 when nothing). */
  long estimate(PurgeOrder order, Holds holds);

  /** Purges, reporting each chunk to {@code progress}; answers what was removed and kept. */
  PurgeCounts run(PurgeOrder order, Holds holds, PurgeProgress progress);
}
