package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.user.model.LoginAttempt;
import org.openparcs.portal.user.model.LoginOutcome;
import org.openparcs.portal.user.model.PasswordHash;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.Username;

/**
 * Checks a log-on attempt and writes it to the audit trail, whether it succeeded or not (POLICY A2:
 * every log-on attempt is logged with user, time, IP address and outcome).
 */
public final class LogIn {

  /** The audit column holds at most this many characters of a typed username. */
  static final int MAX_AUDITED_USERNAME = 64;

  private final PortalUsers users;
  private final PasswordHasher hasher;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final PasswordHash decoy;

  public LogIn(
      PortalUsers users,
      PasswordHasher hasher,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    // Checked when the user is unknown, so that answer takes as long as a wrong password.
    this.decoy = hasher.hash(UUID.randomUUID().toString());
  }

  public LoginOutcome logIn(LoginAttempt attempt) {
    Instant now = clock.instant();
    LoginOutcome outcome = check(attempt);
    if (outcome instanceof LoginOutcome.LoggedIn in) {
      unitOfWork.inTransaction(
          () -> {
            users.recordLogin(in.user().id(), now);
            return null;
          });
      audit.record(entry(attempt, now, AuditAction.LOGIN_SUCCEEDED, null));
    } else {
      String reason = ((LoginOutcome.Refused) outcome).reason().name();
      audit.record(entry(attempt, now, AuditAction.LOGIN_FAILED, reason));
    }
    return outcome;
  }

  private LoginOutcome check(LoginAttempt attempt) {
    if (!attempt.formGenuine()) {
      return new LoginOutcome.Refused(LoginOutcome.Reason.FORGED_FORM);
    }
    String password = attempt.password() == null ? "" : attempt.password();
    Optional<PortalUser> user =
        Username.isValid(attempt.username())
            ? unitOfWork.reading(() -> users.findByUsername(new Username(attempt.username())))
            : Optional.empty();
    if (user.isEmpty()) {
      hasher.matches(password, decoy);
      return new LoginOutcome.Refused(LoginOutcome.Reason.UNKNOWN_USER);
    }
    if (!hasher.matches(password, user.get().passwordHash())) {
      return new LoginOutcome.Refused(LoginOutcome.Reason.WRONG_PASSWORD);
    }
    if (!user.get().enabled()) {
      return new LoginOutcome.Refused(LoginOutcome.Reason.USER_DISABLED);
    }
    return new LoginOutcome.LoggedIn(user.get());
  }

  private static AuditEntry entry(
      LoginAttempt attempt, Instant at, AuditAction action, String detail) {
    String typed = attempt.username();
    String username =
        typed == null || typed.length() <= MAX_AUDITED_USERNAME
            ? typed
            : typed.substring(0, MAX_AUDITED_USERNAME);
    return new AuditEntry(at, username, attempt.ip(), action, detail);
  }
}
