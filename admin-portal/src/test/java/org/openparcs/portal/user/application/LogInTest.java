package org.openparcs.portal.user.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.fakes.DirectUnitOfWork;
import org.openparcs.portal.fakes.FixedClock;
import org.openparcs.portal.fakes.InMemoryAuditTrail;
import org.openparcs.portal.fakes.InMemoryPortalUsers;
import org.openparcs.portal.fakes.MovableClock;
import org.openparcs.portal.fakes.PlainPasswordHasher;
import org.openparcs.portal.user.model.AccountRules;
import org.openparcs.portal.user.model.LoginAttempt;
import org.openparcs.portal.user.model.LoginOutcome;
import org.openparcs.portal.user.model.NewUser;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.Role;
import org.openparcs.portal.user.model.Username;

/**
 * The password step. POLICY A2: every log-on attempt, successful or not, lands in the audit trail;
 * POLICY A3: lock-out after repeated failures, inactive accounts deactivated; POLICY A1: a right
 * password alone never logs in.
 */
class LogInTest {

  static final AccountRules RULES =
      new AccountRules(12, 3, Duration.ofDays(90), 5, Duration.ofMinutes(15), Duration.ofDays(90));

  private final InMemoryPortalUsers users = new InMemoryPortalUsers();
  private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final PlainPasswordHasher hasher = new PlainPasswordHasher();
  private final MovableClock clock = new MovableClock(FixedClock.NOW);
  private final LogIn logIn =
      new LogIn(users, hasher, RULES, new RecordAuditEntry(trail, unitOfWork), unitOfWork, clock);
  private long aliceId;

  @BeforeEach
  void aliceIsACoordinator() {
    aliceId =
        users.create(
            new NewUser(
                new Username("alice"),
                "Alice",
                "Parking",
                hasher.hash("S3cret-Passphrase"),
                false,
                Set.of(Role.COORDINATOR)),
            FixedClock.NOW);
  }

  @Test
  void aRightPasswordLeadsToTheSecondFactorNotIntoThePortalAndIsAudited() {
    LoginOutcome outcome = logIn.logIn(attempt("S3cret-Passphrase"));

    assertThat(outcome).isInstanceOf(LoginOutcome.EnrolmentRequired.class);
    assertThat(lastEntry())
        .isEqualTo(
            AuditEntry.of(
                FixedClock.NOW,
                "alice",
                "10.1.2.3",
                AuditAction.LOGIN_PASSWORD_ACCEPTED,
                "second factor enrolment required"));
    assertThat(users.lastLogin(aliceId)).as("not logged in yet (POLICY A1)").isEmpty();
  }

  @Test
  void refusesAWrongPasswordAndAuditsTheFailureWithItsReason() {
    LoginOutcome outcome = logIn.logIn(attempt("guess"));

    assertThat(outcome).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.WRONG_PASSWORD));
    assertThat(lastEntry())
        .isEqualTo(
            AuditEntry.of(
                FixedClock.NOW, "alice", "10.1.2.3", AuditAction.LOGIN_FAILED, "WRONG_PASSWORD"));
  }

  @Test
  void locksTheAccountAfterFiveFailuresEvenAgainstTheRightPasswordUntilTheLockEnds() {
    for (int i = 0; i < 5; i++) {
      logIn.logIn(attempt("guess-" + i));
    }

    assertThat(logIn.logIn(attempt("S3cret-Passphrase")))
        .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.LOCKED_OUT));
    assertThat(lastEntry().detail()).isEqualTo("LOCKED_OUT");

    clock.advance(Duration.ofMinutes(16));
    assertThat(logIn.logIn(attempt("S3cret-Passphrase")))
        .isInstanceOf(LoginOutcome.EnrolmentRequired.class);
  }

  @Test
  void deactivatesAnAccountUnusedForLongerThanAllowedAndAuditsIt() {
    clock.advance(Duration.ofDays(91));

    LoginOutcome outcome = logIn.logIn(attempt("S3cret-Passphrase"));

    assertThat(outcome).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.INACTIVE));
    assertThat(users.findById(aliceId).orElseThrow().enabled()).isFalse();
    assertThat(trail.readAll())
        .extracting(r -> r.entry().action())
        .contains(AuditAction.USER_DEACTIVATED, AuditAction.LOGIN_FAILED);
  }

  @Test
  void refusesAnUnknownUserAndAuditsWhatWasTyped() {
    LoginOutcome outcome = logIn.logIn(new LoginAttempt("mallory", "x", "10.9.9.9", true));

    assertThat(outcome).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.UNKNOWN_USER));
    assertThat(lastEntry().username()).isEqualTo("mallory");
    assertThat(lastEntry().detail()).isEqualTo("UNKNOWN_USER");
  }

  @Test
  void auditsAMalformedUsernameCutToTheColumnWidth() {
    String typed = "<script>" + "x".repeat(100);

    logIn.logIn(new LoginAttempt(typed, "x", null, true));

    assertThat(lastEntry().username()).hasSize(LogIn.MAX_AUDITED_USERNAME).startsWith("<script>");
    assertThat(lastEntry().action()).isEqualTo(AuditAction.LOGIN_FAILED);
  }

  @Test
  void refusesADisabledUserEvenWithTheRightPassword() {
    users.setEnabled(aliceId, false, "BY_COORDINATOR", FixedClock.NOW);

    LoginOutcome outcome = logIn.logIn(attempt("S3cret-Passphrase"));

    assertThat(outcome).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.USER_DISABLED));
    assertThat(lastEntry().detail()).isEqualTo("USER_DISABLED");
  }

  @Test
  void refusesAForgedFormEvenWithTheRightPasswordAndAuditsIt() {
    LoginOutcome outcome =
        logIn.logIn(new LoginAttempt("alice", "S3cret-Passphrase", "10.6.6.6", false));

    assertThat(outcome).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.FORGED_FORM));
    assertThat(lastEntry().detail()).isEqualTo("FORGED_FORM");
  }

  private static LoginAttempt attempt(String password) {
    return new LoginAttempt("alice", password, "10.1.2.3", true);
  }

  private AuditEntry lastEntry() {
    var records = trail.readAll();
    return records.get(records.size() - 1).entry();
  }

  static PortalUser user(InMemoryPortalUsers users, long id) {
    return users.findById(id).orElseThrow();
  }
}
