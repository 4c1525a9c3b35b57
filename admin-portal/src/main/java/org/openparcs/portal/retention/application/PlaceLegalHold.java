package org.openparcs.portal.retention.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.retention.model.HoldRequest;
import org.openparcs.portal.retention.model.HoldTarget;

/** A coordinator places a legal hold for a case, with who and why (POLICY R3); audited. */
public final class PlaceLegalHold {

  private final LegalHolds holds;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public PlaceLegalHold(
      LegalHolds holds, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.holds = holds;
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
    long id =
        unitOfWork.inTransaction(
            () ->
                holds.place(
                    kind,
                    target,
                    request.caseNumber().strip(),
                    request.reason().strip(),
                    actor.username(),
                    now));
    audit.record(
        actor.audited(
            now,
            AuditAction.LEGAL_HOLD_PLACED,
            "hold "
                + id
                + " on "
                + kind
                + " "
                + target
                + " for case "
                + request.caseNumber().strip()
                + ": "
                + request.reason().strip()));
    return List.of();
  }
}
