package org.openparcs.portal.retention.model;

import java.time.Instant;
import java.util.List;

/**
 * A retention decision a restored backup must not undo (POLICY R1, R3): journaled outside the
 * database as it is made, replayed in order after a restore.
 */
public sealed interface RetentionDecision
    permits RetentionDecision.HoldPlaced,
        RetentionDecision.HoldReleased,
        RetentionDecision.PurgeRan {

  /** A legal hold placed, with its id so a replay gives it the same one. */
  record HoldPlaced(LegalHold hold) implements RetentionDecision {}

  /** A legal hold released: who, when, why. */
  record HoldReleased(long holdId, String by, Instant at, String reason)
      implements RetentionDecision {}

  /** A purge run about to purge each class older than its cut-off. */
  record PurgeRan(long runId, Instant at, List<ClassCutoff> cutoffs) implements RetentionDecision {
    public PurgeRan {
      cutoffs = List.copyOf(cutoffs);
    }
  }
}
