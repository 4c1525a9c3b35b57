package org.openparcs.portal.user.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.fakes.DirectUnitOfWork;
import org.openparcs.portal.fakes.FixedClock;
import org.openparcs.portal.fakes.InMemoryAuditTrail;
import org.openparcs.portal.fakes.InMemoryPortalUsers;
import org.openparcs.portal.fakes.InMemoryRecoveryCodes;
import org.openparcs.portal.fakes.MovableClock;
import org.openparcs.portal.fakes.PlainPasswordHasher;
import org.openparcs.portal.fakes.ScriptedSecondFactor;
import org.openparcs.portal.user.model.LoginOutcome;
import org.openparcs.portal.user.model.NewUser;
import org.openparcs.portal.user.model.Role;
import org.openparcs.portal.user.model.Username;

/** POLICY A1: the second factor, by TOTP code or one-time recovery code, every attempt audited. */
class ProveSecondFactorTest {

  private final InMemoryPortalUsers users = new InMemoryPortalUsers();
  private final InMemoryRecoveryCodes codes = new InMemoryRecoveryCodes();
  private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final MovableClock clock = new MovableClock(FixedClock.NOW);
  private final ScriptedSecondFactor totp = new ScriptedSecondFactor();
  private final RecordAuditEntry audit = new RecordAuditEntry(trail, unitOfWork);
  private final ProveSecondFactor prove =
      new ProveSecondFactor(users, codes, totp, LogInTest.RULES, audit, unitOfWork, clock);
  private final ConfirmEnrolment confirm =
      new ConfirmEnrolment(users, codes, totp, LogInTest.RULES, audit, unitOfWork, clock);
  private long bob;
  private List<String> recovery;

  @BeforeEach
  void bobEnrolled() {
    bob =
        users.create(
            new NewUser(
                new Username("bob"),
                "Bob",
                null,
                new PlainPasswordHasher().hash("Bobs-Password-1"),
                false,
                Set.of(Role.OPERATOR)),
            FixedClock.NOW);
    new StartEnrolment(users, totp, unitOfWork).start(bob);
    ConfirmEnrolment.Result result =
        confirm.confirm(bob, ScriptedSecondFactor.codeAt(clock.instant()), "10.0.0.2");
    assertThat(result.outcome()).isInstanceOf(LoginOutcome.LoggedIn.class);
    recovery = result.recoveryCodes();
    clock.advance(Duration.ofSeconds(30));
  }

  @Test
  void enrolmentIssuesTenRecoveryCodesAndIsAudited() {
    assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
    assertThat(trail.readAll())
        .extracting(r -> r.entry().action())
        .contains(AuditAction.MFA_ENROLLED, AuditAction.LOGIN_SUCCEEDED);
  }

  @Test
  void theCurrentCodeLogsInOnceAndNeverAgain() {
    String code = ScriptedSecondFactor.codeAt(clock.instant());

    assertThat(prove.prove(bob, code, "10.0.0.2")).isInstanceOf(LoginOutcome.LoggedIn.class);
    assertThat(prove.prove(bob, code, "10.0.0.2"))
        .as("a replayed code")
        .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.WRONG_SECOND_FACTOR));
  }

  @Test
  void aWrongCodeIsRefusedCountedAndAudited() {
    LoginOutcome outcome = prove.prove(bob, "000000", "10.0.0.2");

    assertThat(outcome)
        .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.WRONG_SECOND_FACTOR));
    assertThat(users.findById(bob).orElseThrow().failedLogins()).isEqualTo(1);
    var last = trail.readAll().get(trail.readAll().size() - 1).entry();
    assertThat(last.action()).isEqualTo(AuditAction.LOGIN_FAILED);
    assertThat(last.detail()).isEqualTo("WRONG_SECOND_FACTOR");
  }

  @Test
  void aRecoveryCodeWorksOnceWhateverItsCaseAndDashes() {
    String code = recovery.get(3).toUpperCase().replace("-", " ");

    assertThat(prove.prove(bob, code, "10.0.0.2")).isInstanceOf(LoginOutcome.LoggedIn.class);
    assertThat(prove.prove(bob, code, "10.0.0.2")).isInstanceOf(LoginOutcome.Refused.class);
    assertThat(codes.remaining(bob)).isEqualTo(9);
  }

  @Test
  void aTemporaryPasswordMustBeChangedAfterTheSecondFactor() {
    long carol =
        users.create(
            new NewUser(
                new Username("carol"),
                "Carol",
                null,
                new PlainPasswordHasher().hash("Temporary-Pass-1"),
                true,
                Set.of(Role.VENDOR)),
            clock.instant());
    new StartEnrolment(users, totp, unitOfWork).start(carol);

    ConfirmEnrolment.Result result =
        confirm.confirm(carol, ScriptedSecondFactor.codeAt(clock.instant()), null);

    assertThat(((LoginOutcome.LoggedIn) result.outcome()).passwordChangeRequired()).isTrue();
  }
}
