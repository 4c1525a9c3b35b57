package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openparcs.portal.access.application.IdentifyActor;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.model.LoginAttempt;
import org.openparcs.portal.user.model.LoginOutcome;
import org.openparcs.portal.user.model.Role;

/**
 * A garage operator logs on at a garage's console: the garage forwards username, password and TOTP
 * code (its request signed with its own key), and the portal runs the same two steps as its own
 * log-in form (POLICY A1, every step audited: A2, lock-out: A3), then checks that the user is a
 * garage operator whose scopes include this garage (A5) with current training and acknowledgement
 * (A4: the console shows plates and images). The answer is an assertion the garage keeps for one
 * shift.
 */
public final class LogOnGarageOperator {

  /** What the garage forwarded. {@code ip}: the operator's address as the garage saw it. */
  public record Request(GarageId garage, String username, String password, String code, String ip) {
    @Override
    public String toString() {
      return "Request[garage=" + garage + ", username=" + username + ", ip=" + ip + "]";
    }
  }

  /** The answer to the garage. */
  public sealed interface Outcome {
    /** Logged on: the facts the portal signs for the garage. */
    record Admitted(
        UUID assertionId,
        GarageId garage,
        String username,
        String department,
        Set<Role> roles,
        Instant issuedAt,
        Instant expiresAt)
        implements Outcome {}

    /**
     * Refused. {@code credentials}: a failed password or code step (the same sentence for every
     * such failure, POLICY A6); otherwise the user proved who they are but may not operate here.
     */
    record Refused(boolean credentials, String message) implements Outcome {}
  }

  static final String BAD_CREDENTIALS = "username, password or code not accepted";

  private final LogIn logIn;
  private final ProveSecondFactor secondFactor;
  private final IdentifyActor identify;
  private final RecordAuditEntry audit;
  private final Clock clock;
  private final Duration shift;

  public LogOnGarageOperator(
      LogIn logIn,
      ProveSecondFactor secondFactor,
      IdentifyActor identify,
      RecordAuditEntry audit,
      Clock clock,
      Duration shift) {
    this.logIn = logIn;
    this.secondFactor = secondFactor;
    this.identify = identify;
    this.audit = audit;
    this.clock = clock;
    this.shift = shift;
  }

  public Outcome logOn(Request request) {
    LoginOutcome password =
        logIn.logIn(new LoginAttempt(request.username(), request.password(), request.ip(), true));
    if (password instanceof LoginOutcome.EnrolmentRequired) {
      return new Outcome.Refused(false, "enrol a second factor at the portal first (POLICY A1)");
    }
    if (!(password instanceof LoginOutcome.SecondFactorRequired pending)) {
      return new Outcome.Refused(true, BAD_CREDENTIALS);
    }
    LoginOutcome proved = secondFactor.prove(pending.user().id(), request.code(), request.ip());
    if (!(proved instanceof LoginOutcome.LoggedIn loggedIn)) {
      return new Outcome.Refused(true, BAD_CREDENTIALS);
    }
    if (loggedIn.passwordChangeRequired()) {
      return refused(
          request, "PASSWORD_CHANGE_REQUIRED", "change your password at the portal first");
    }
    Optional<Actor> actor = identify.identify(request.username(), request.ip());
    if (actor.isEmpty()
        || !actor.get().roles().contains(Role.OPERATOR)
        || !actor.get().garageScopes().contains(request.garage())) {
      return refused(
          request,
          "NOT_OPERATOR_OF_GARAGE",
          "not a garage operator of garage " + request.garage().value() + " (POLICY A5)");
    }
    if (!actor.get().training().current()) {
      return refused(
          request,
          "TRAINING_NOT_CURRENT",
          "training or signed acknowledgement missing or lapsed: no access to plate data"
              + " (POLICY A4)");
    }
    Instant now = clock.instant();
    Outcome.Admitted admitted =
        new Outcome.Admitted(
            UUID.randomUUID(),
            request.garage(),
            actor.get().username(),
            actor.get().department(),
            actor.get().roles(),
            now,
            now.plus(shift));
    audit.record(
        AuditEntry.of(
            now,
            admitted.username(),
            request.ip(),
            AuditAction.GARAGE_CONSOLE_LOGON,
            "console of garage "
                + request.garage().value()
                + ", assertion "
                + admitted.assertionId()
                + " until "
                + admitted.expiresAt()));
    return admitted;
  }

  private Outcome.Refused refused(Request request, String reason, String message) {
    audit.record(
        AuditEntry.of(
            clock.instant(),
            request.username(),
            request.ip(),
            AuditAction.LOGIN_FAILED,
            reason + " at the console of garage " + request.garage().value()));
    return new Outcome.Refused(false, message);
  }
}
