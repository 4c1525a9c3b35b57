package org.openparcs.portal.user.application;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openparcs.portal.fakes.PlainPasswordHasher;
import org.openparcs.portal.user.model.LoginAttempt;
import org.openparcs.portal.user.model.LoginOutcome;
import org.openparcs.portal.user.model.NewUser;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.Role;
import org.openparcs.portal.user.model.Username;

/** POLICY A2: every log-on attempt, successful or not, lands in the audit trail. */
class LogInTest {

  private final InMemoryPortalUsers users = new InMemoryPortalUsers();
  private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final PlainPasswordHasher hasher = new PlainPasswordHasher();
  private final LogIn logIn =
      new LogIn(
          users, hasher, new RecordAuditEntry(trail, unitOfWork), unitOfWork, FixedClock.atNow());
  private long aliceId;

  @BeforeEach
  void aliceIsACoordinator() {
    aliceId =
        users.create(
            new NewUser(
                new Username("alice"),
                "Alice",
                hasher.hash("s3cret-pass"),
                Set.of(Role.COORDINATOR)),
            FixedClock.NOW);
  }

  @Test
  void logsInWithTheRightPasswordAndAuditsTheSuccess() {
    LoginOutcome outcome = logIn.logIn(new LoginAttempt("alice", "s3cret-pass", "10.1.2.3", true));

    assertThat(outcome).isInstanceOf(LoginOutcome.LoggedIn.class);
    assertThat(((LoginOutcome.LoggedIn) outcome).user().roles()).containsExactly(Role.COORDINATOR);
    assertThat(lastEntry())
        .isEqualTo(
            new AuditEntry(FixedClock.NOW, "alice", "10.1.2.3", AuditAction.LOGIN_SUCCEEDED, null));
    assertThat(users.lastLogin(aliceId)).contains(FixedClock.NOW);
  }

  @Test
  void refusesAWrongPasswordAndAuditsTheFailureWithItsReason() {
    LoginOutcome outcome = logIn.logIn(new LoginAttempt("alice", "guess", "10.1.2.3", true));

    assertThat(outcome).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.WRONG_PASSWORD));
    assertThat(lastEntry())
        .isEqualTo(
            new AuditEntry(
                FixedClock.NOW, "alice", "10.1.2.3", AuditAction.LOGIN_FAILED, "WRONG_PASSWORD"));
    assertThat(users.lastLogin(aliceId)).isEmpty();
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
    PortalUser alice = users.findByUsername(new Username("alice")).orElseThrow();
    users.put(
        new PortalUser(
            alice.id(), alice.username(), "Alice", false, alice.passwordHash(), alice.roles()));

    LoginOutcome outcome = logIn.logIn(new LoginAttempt("alice", "s3cret-pass", "10.1.2.3", true));

    assertThat(outcome).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.USER_DISABLED));
    assertThat(lastEntry().detail()).isEqualTo("USER_DISABLED");
  }

  @Test
  void refusesAForgedFormEvenWithTheRightPasswordAndAuditsIt() {
    LoginOutcome outcome = logIn.logIn(new LoginAttempt("alice", "s3cret-pass", "10.6.6.6", false));

    assertThat(outcome).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.FORGED_FORM));
    assertThat(lastEntry().detail()).isEqualTo("FORGED_FORM");
    assertThat(users.lastLogin(aliceId)).isEmpty();
  }

  private AuditEntry lastEntry() {
    var records = trail.readAll();
    return records.get(records.size() - 1).entry();
  }
}
