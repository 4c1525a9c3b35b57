package org.openparcs.portal.retention.application;

import java.time.Clock;
import java.time.Instant;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.retention.model.RetentionDecision;

/**
 * Releases a hold when its case closes (POLICY R3): the data it kept is purged by the next run if
 * its retention period has passed. Audited with who and why.
 */
public final class ReleaseLegalHold {

  private final LegalHolds holds;
  private final RetentionJournal journal;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ReleaseLegalHold(
      LegalHolds holds,
      RetentionJournal journal,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.holds = holds;
    this.journal = journal;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** False when there is no active hold with this id (or no reason was given). */
  public boolean release(Actor actor, long holdId, String reason) {
    actor.require(Permission.MANAGE_RETENTION);
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      return false;
    }
    Instant now = clock.instant();
    boolean released =
        unitOfWork.inTransaction(
            () -> {
              boolean done = holds.release(holdId, actor.username(), now, reason.strip());
              if (done) {
                journal.record(
                    new RetentionDecision.HoldReleased(
                        holdId, actor.username(), now, reason.strip()));
              }
              return done;
            });
    if (released) {
      audit.record(
          actor.audited(
              now, AuditAction.LEGAL_HOLD_RELEASED, "hold " + holdId + ": " + reason.strip()));
    }
    return released;
  }
}
