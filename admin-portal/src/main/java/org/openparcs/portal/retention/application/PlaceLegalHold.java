package org.openparcs.portal.retention.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AlprAccess;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.retention.model.HoldRequest;
import org.openparcs.portal.retention.model.HoldTarget;
import org.openparcs.portal.retention.model.LegalHold;
import org.openparcs.portal.retention.model.RetentionDecision;

/** A coordinator places a legal hold for a case, with who and why (POLICY R3); audited. */
public final class PlaceLegalHold {

  private final LegalHolds holds;
  private final RetentionJournal journal;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public PlaceLegalHold(
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

  /** The problems with the request; empty when the hold is placed. */
  public List<String> place(Actor actor, HoldRequest request) {
    actor.require(Permission.MANAGE_RETENTION);
    List<String> problems = request.problems();
    if (!problems.isEmpty()) {
      return problems;
    }
    HoldTarget kind = request.holdKind();
    String target = kind.normalise(request.target());
    Instant now = clock.instant();
    String caseNumber = request.caseNumber().strip();
    String reason = request.reason().strip();
    long id =
        unitOfWork.inTransaction(
            () -> {
              long placed = holds.place(kind, target, caseNumber, reason, actor.username(), now);
              journal.record(
                  new RetentionDecision.HoldPlaced(
                      new LegalHold(
                          placed,
                          kind,
                          target,
                          caseNumber,
                          reason,
                          actor.username(),
                          now,
                          null,
                          null,
                          null)));
              return placed;
            });
    // A held plate goes into the terms, sealed at rest; the detail names none (POLICY K1).
    boolean plate = kind == HoldTarget.PLATE;
    audit.record(
        new AuditEntry(
            now,
            actor.username(),
            actor.department(),
            actor.ip(),
            AuditAction.LEGAL_HOLD_PLACED,
            plate ? new AlprAccess(null, "plate=" + target, caseNumber, null) : AlprAccess.NONE,
            "hold "
                + id
                + " on "
                + kind
                + (plate ? "" : " " + target)
                + " for case "
                + caseNumber
                + ": "
                + reason));
    return List.of();
  }
}
