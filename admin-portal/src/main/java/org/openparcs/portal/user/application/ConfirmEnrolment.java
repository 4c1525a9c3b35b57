package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.user.model.AccountRules;
import org.openparcs.portal.user.model.LoginOutcome;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.RecoveryCode;

/**
 * Finishes enrolment: the user proves a code of the pending secret, which completes the log-on
 * (POLICY A1), and receives ten recovery codes, shown once.
 */
public final class ConfirmEnrolment {

  /** How many recovery codes an enrolment issues. */
  public static final int RECOVERY_CODES = 10;

  /** The log-on outcome and, when it succeeded, the recovery codes to show once. */
  public record Result(LoginOutcome outcome, List<String> recoveryCodes) {}

  private final PortalUsers users;
  private final RecoveryCodes recoveryCodes;
  private final SecondFactor totp;
  private final AccountRules rules;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ConfirmEnrolment(
      PortalUsers users,
      RecoveryCodes recoveryCodes,
      SecondFactor totp,
      AccountRules rules,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.users = users;
    this.recoveryCodes = recoveryCodes;
    this.totp = totp;
    this.rules = rules;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public Result confirm(long userId, String code, String ip) {
    Instant now = clock.instant();
    PortalUser user = unitOfWork.reading(() -> users.findById(userId)).orElseThrow();
    String name = user.username().value();
    OptionalLong step =
        user.secondFactor().isEmpty() || user.hasConfirmedSecondFactor()
            ? OptionalLong.empty()
            : totp.stepOf(
                user.secondFactor().get().secret(), code == null ? "" : code.strip(), now);
    if (step.isEmpty() || rules.isLocked(user, now) || !user.enabled()) {
      Instant lockUntil = rules.lockAfterFailure(user, now);
      unitOfWork.inTransaction(
          () -> {
            users.recordFailure(userId, lockUntil);
            return null;
          });
      audit.record(AuditEntry.of(now, name, ip, AuditAction.LOGIN_FAILED, "WRONG_SECOND_FACTOR"));
      return new Result(
          new LoginOutcome.Refused(LoginOutcome.Reason.WRONG_SECOND_FACTOR), List.of());
    }
    List<String> codes = totp.newRecoveryCodes(RECOVERY_CODES);
    unitOfWork.inTransaction(
        () -> {
          users.confirmEnrolment(userId, now, step.getAsLong());
          recoveryCodes.replace(
              userId, codes.stream().map(c -> RecoveryCode.digest(c).orElseThrow()).toList(), now);
          users.recordLogin(userId, now);
          return null;
        });
    audit.record(AuditEntry.of(now, name, ip, AuditAction.MFA_ENROLLED, "TOTP, 10 recovery codes"));
    audit.record(
        AuditEntry.of(now, name, ip, AuditAction.LOGIN_SUCCEEDED, "password and new TOTP"));
    return new Result(new LoginOutcome.LoggedIn(user, rules.passwordExpired(user, now)), codes);
  }
}
