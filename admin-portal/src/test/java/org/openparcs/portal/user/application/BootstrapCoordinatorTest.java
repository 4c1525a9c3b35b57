package org.openparcs.portal.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.fakes.DirectUnitOfWork;
import org.openparcs.portal.fakes.FixedClock;
import org.openparcs.portal.fakes.InMemoryAuditTrail;
import org.openparcs.portal.fakes.InMemoryPortalUsers;
import org.openparcs.portal.fakes.PlainPasswordHasher;
import org.openparcs.portal.user.model.Role;
import org.openparcs.portal.user.model.Username;

/**
 * The first coordinator is created only on a portal without users, with a rule-abiding password.
 */
class BootstrapCoordinatorTest {

  private final InMemoryPortalUsers users = new InMemoryPortalUsers();
  private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final BootstrapCoordinator bootstrap =
      new BootstrapCoordinator(
          users,
          new PlainPasswordHasher(),
          LogInTest.RULES,
          new RecordAuditEntry(trail, unitOfWork),
          unitOfWork,
          FixedClock.atNow());

  @Test
  void createsACoordinatorWhoMustEnrolASecondFactorWhenNoUserExists() {
    boolean created =
        bootstrap.bootstrap(new Username("coord"), "Coordinator", "Long-Password-1", null);

    assertThat(created).isTrue();
    var coord = users.findByUsername(new Username("coord")).orElseThrow();
    assertThat(coord.roles()).containsExactly(Role.COORDINATOR);
    assertThat(coord.hasConfirmedSecondFactor()).isFalse();
    assertThat(trail.readAll().get(0).entry().action()).isEqualTo(AuditAction.USER_BOOTSTRAPPED);
  }

  @Test
  void provisionsAConfiguredTotpSecretAsEnrolled() {
    bootstrap.bootstrap(
        new Username("coord"), "Coordinator", "Long-Password-1", "JBSWY3DPEHPK3PXP");

    assertThat(users.findByUsername(new Username("coord")).orElseThrow().hasConfirmedSecondFactor())
        .isTrue();
  }

  @Test
  void refusesAPasswordThatBreaksTheRulesPolicyA3() {
    assertThatThrownBy(
            () -> bootstrap.bootstrap(new Username("coord"), "Coordinator", "short", null))
        .hasMessageContaining("password rules");
    assertThat(users.count()).isZero();
  }

  @Test
  void doesNothingOnceAnyUserExists() {
    bootstrap.bootstrap(new Username("coord"), "Coordinator", "Long-Password-1", null);

    boolean again = bootstrap.bootstrap(new Username("other"), "Other", "Long-Password-1", null);

    assertThat(again).isFalse();
    assertThat(users.count()).isEqualTo(1);
    assertThat(trail.readAll()).hasSize(1);
  }
}
