package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.model.Sha256;
import org.openparcs.portal.user.model.AccountRules;
import org.openparcs.portal.user.model.LoginOutcome;
import org.openparcs.portal.user.model.LoginOutcome.Reason;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.RecoveryCode;
import org.openparcs.portal.user.model.TotpEnrolment;

/**
 * The second step of a log-on (POLICY A1): a TOTP code of the user's enrolled secret, or one of the
 * user's unused recovery codes. A code is accepted once; failures count towards the lock-out
 * (POLICY A3); every attempt is audited (POLICY A2).
 */
public final class ProveSecondFactor {

  private final PortalUsers users;
  private final RecoveryCodes recoveryCodes;
  private final SecondFactor totp;
  private final AccountRules rules;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ProveSecondFactor(
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

  /**
   * @param userId whose password step passed in this browser
   * @param code what the user typed: 6 digits, or a recovery code
   * @param ip the client's address, for the audit trail
   */
  public LoginOutcome prove(long userId, String code, String ip) {
    Instant now = clock.instant();
    PortalUser user = unitOfWork.reading(() -> users.findById(userId)).orElseThrow();
    LoginOutcome outcome = check(user, code == null ? "" : code.strip(), now);
    String name = user.username().value();
    if (outcome instanceof LoginOutcome.Refused refused) {
      audit.record(AuditEntry.of(now, name, ip, AuditAction.LOGIN_FAILED, refused.reason().name()));
    } else {
      String how = code != null && code.strip().matches("\\d{6}") ? "TOTP code" : "recovery code";
      audit.record(
          AuditEntry.of(now, name, ip, AuditAction.LOGIN_SUCCEEDED, "password and " + how));
    }
    return outcome;
  }

  private LoginOutcome check(PortalUser user, String code, Instant now) {
    if (rules.isLocked(user, now) || !user.enabled() || !user.hasConfirmedSecondFactor()) {
      return new LoginOutcome.Refused(
          rules.isLocked(user, now) ? Reason.LOCKED_OUT : Reason.USER_DISABLED);
    }
    boolean proved =
        code.matches("\\d{6}") ? totpMatches(user, code, now) : recoveryCode(user, code, now);
    if (!proved) {
      Instant lockUntil = rules.lockAfterFailure(user, now);
      unitOfWork.inTransaction(
          () -> {
            users.recordFailure(user.id(), lockUntil);
            return null;
          });
      return new LoginOutcome.Refused(Reason.WRONG_SECOND_FACTOR);
    }
    unitOfWork.inTransaction(
        () -> {
          users.recordLogin(user.id(), now);
          return null;
        });
    return new LoginOutcome.LoggedIn(user, rules.passwordExpired(user, now));
  }

  private boolean totpMatches(PortalUser user, String code, Instant now) {
    TotpEnrolment enrolment = user.secondFactor().orElseThrow();
    OptionalLong step = totp.stepOf(enrolment.secret(), code, now);
    if (step.isEmpty() || step.getAsLong() <= enrolment.lastStep()) {
      return false;
    }
    unitOfWork.inTransaction(
        () -> {
          users.recordTotpStep(user.id(), step.getAsLong());
          return null;
        });
    return true;
  }

  private boolean recoveryCode(PortalUser user, String code, Instant now) {
    Optional<Sha256> digest = RecoveryCode.digest(code);
    return digest.isPresent()
        && unitOfWork.inTransaction(() -> recoveryCodes.use(user.id(), digest.get(), now));
  }
}
