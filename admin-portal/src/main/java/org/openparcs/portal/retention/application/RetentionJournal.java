package org.openparcs.portal.retention.application;

import org.openparcs.portal.retention.model.RetentionDecision;

/**
 * Where retention decisions are recorded outside the database, with the backups, so that a restore
 * re-applies those made after its backup (POLICY R1). Called inside the decision's transaction: a
 * decision that cannot be journaled is not made.
 */
public interface RetentionJournal {

  void record(RetentionDecision decision);
}
