package org.openparcs.portal.user.application;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The first coordinator is created only on a portal without users. */
class BootstrapCoordinatorTest {

  private final InMemoryPortalUsers users = new InMemoryPortalUsers();
  private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final BootstrapCoordinator bootstrap =
      new BootstrapCoordinator(
          users,
          new PlainPasswordHasher(),
          new RecordAuditEntry(trail, unitOfWork),
          unitOfWork,
          FixedClock.atNow());

  @Test
  void createsACoordinatorWhenNoUserExists() {
    boolean created = bootstrap.bootstrap(new Username("coord"), "Coordinator", "long-password");

    assertThat(created).isTrue();
    assertThat(users.findByUsername(new Username("coord")).orElseThrow().roles())
        .containsExactly(Role.COORDINATOR);
    assertThat(trail.readAll().get(0).entry().action()).isEqualTo(AuditAction.USER_BOOTSTRAPPED);
  }

  @Test
  void doesNothingOnceAnyUserExists() {
    bootstrap.bootstrap(new Username("coord"), "Coordinator", "long-password");

    boolean again = bootstrap.bootstrap(new Username("other"), "Other", "long-password");

    assertThat(again).isFalse();
    assertThat(users.count()).isEqualTo(1);
    assertThat(trail.readAll()).hasSize(1);
  }
}
