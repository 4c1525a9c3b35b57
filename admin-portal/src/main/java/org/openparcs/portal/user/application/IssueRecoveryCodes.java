package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.user.model.RecoveryCode;

/** A logged-in user replaces their recovery codes with new ones, shown once (POLICY A1). */
public final class IssueRecoveryCodes {

  private final RecoveryCodes codes;
  private final SecondFactor totp;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public IssueRecoveryCodes(
      RecoveryCodes codes,
      SecondFactor totp,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.codes = codes;
    this.totp = totp;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public List<String> issue(Actor actor) {
    List<String> fresh = totp.newRecoveryCodes(ConfirmEnrolment.RECOVERY_CODES);
    Instant now = clock.instant();
    unitOfWork.inTransaction(
        () -> {
          codes.replace(
              actor.userId(),
              fresh.stream().map(c -> RecoveryCode.digest(c).orElseThrow()).toList(),
              now);
          return null;
        });
    audit.record(actor.audited(now, AuditAction.RECOVERY_CODES_ISSUED, fresh.size() + " codes"));
    return fresh;
  }
}
