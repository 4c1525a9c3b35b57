package org.openparcs.controller.reconciliation.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.reconciliation.model.Disposition;
import org.openparcs.controller.reconciliation.model.FindingDisposition;
import org.openparcs.controller.reconciliation.model.ReconciliationRun;
import org.openparcs.controller.reconciliation.model.RecordedFinding;
import org.openparcs.controller.reconciliation.model.RuleCode;

/** Reconciliation runs, their findings and the auditors' dispositions. */
public interface Findings {

  void saveRun(ReconciliationRun run);

  /** Stores the finding unless its rule already raised one on the same subject; true if new. */
  boolean addIfNew(RecordedFinding finding);

  Optional<RecordedFinding> byId(UUID id);

  /**
   * Findings that occurred from {@code from} to {@code to}, newest first, at most {@code limit}.
   */
  List<RecordedFinding> list(
      Instant from, Instant to, RuleCode rule, Disposition disposition, int limit);

  /** Appends a disposition to the finding's history and makes it the finding's state. */
  void dispose(FindingDisposition disposition);

  /** The finding's dispositions, oldest first. */
  List<FindingDisposition> history(UUID findingId);
}
