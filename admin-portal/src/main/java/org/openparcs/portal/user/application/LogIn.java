package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.user.model.AccountRules;
import org.openparcs.portal.user.model.LoginAttempt;
import org.openparcs.portal.user.model.LoginOutcome;
import org.openparcs.portal.user.model.LoginOutcome.Reason;
import org.openparcs.portal.user.model.PasswordHash;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.Username;

/**
 * The password step of a log-on. Every attempt goes to the audit trail whatever its outcome (POLICY
 * A2: user, time, IP address and outcome); failures count towards the lock-out, and an account
 * unused for too long is deactivated here (POLICY A3). A right password only leads to the second
 * factor (POLICY A1).
 */
public final class LogIn {

  /** The audit column holds at most this many characters of a typed username. */
  static final int MAX_AUDITED_USERNAME = 64;

  private final PortalUsers users;
  private final PasswordHasher hasher;
  private final AccountRules rules;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final PasswordHash decoy;

  public LogIn(
      PortalUsers users,
      PasswordHasher hasher,
      AccountRules rules,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.rules = rules;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    // Checked when the user is unknown, so that answer takes as long as a wrong password.
    this.decoy = hasher.hash(UUID.randomUUID().toString());
  }

  public LoginOutcome logIn(LoginAttempt attempt) {
    Instant now = clock.instant();
    LoginOutcome outcome = check(attempt, now);
    if (outcome instanceof LoginOutcome.Refused refused) {
      audit.record(entry(attempt, now, AuditAction.LOGIN_FAILED, refused.reason().name()));
    } else {
      String next =
          outcome instanceof LoginOutcome.EnrolmentRequired
              ? "second factor enrolment required"
              : "second factor required";
      audit.record(entry(attempt, now, AuditAction.LOGIN_PASSWORD_ACCEPTED, next));
    }
    return outcome;
  }

  private LoginOutcome check(LoginAttempt attempt, Instant now) {
    if (!attempt.formGenuine()) {
      return new LoginOutcome.Refused(Reason.FORGED_FORM);
    }
    String password = attempt.password() == null ? "" : attempt.password();
    Optional<PortalUser> found =
        Username.isValid(attempt.username())
            ? unitOfWork.reading(() -> users.findByUsername(new Username(attempt.username())))
            : Optional.empty();
    if (found.isEmpty()) {
      hasher.matches(password, decoy);
      return new LoginOutcome.Refused(Reason.UNKNOWN_USER);
    }
    PortalUser user = found.get();
    boolean matches = hasher.matches(password, user.passwordHash());
    if (rules.isLocked(user, now)) {
      return new LoginOutcome.Refused(Reason.LOCKED_OUT);
    }
    if (!matches) {
      countFailure(user, now);
      return new LoginOutcome.Refused(Reason.WRONG_PASSWORD);
    }
    if (!user.enabled()) {
      return new LoginOutcome.Refused(Reason.USER_DISABLED);
    }
    if (rules.isInactive(user, now)) {
      deactivate(user, attempt, now);
      return new LoginOutcome.Refused(Reason.INACTIVE);
    }
    return user.hasConfirmedSecondFactor()
        ? new LoginOutcome.SecondFactorRequired(user)
        : new LoginOutcome.EnrolmentRequired(user);
  }

  private void countFailure(PortalUser user, Instant now) {
    Instant lockUntil = rules.lockAfterFailure(user, now);
    unitOfWork.inTransaction(
        () -> {
          users.recordFailure(user.id(), lockUntil);
          return null;
        });
  }

  private void deactivate(PortalUser user, LoginAttempt attempt, Instant now) {
    unitOfWork.inTransaction(
        () -> {
          users.setEnabled(user.id(), false, "INACTIVE", now);
          return null;
        });
    audit.record(
        AuditEntry.of(
            now,
            user.username().value(),
            attempt.ip(),
            AuditAction.USER_DEACTIVATED,
            "unused since " + user.lastActivity()));
  }

  private static AuditEntry entry(
      LoginAttempt attempt, Instant at, AuditAction action, String detail) {
    String typed = attempt.username();
    String username =
        typed == null || typed.length() <= MAX_AUDITED_USERNAME
            ? typed
            : typed.substring(0, MAX_AUDITED_USERNAME);
    return AuditEntry.of(at, username, attempt.ip(), action, detail);
  }
}
