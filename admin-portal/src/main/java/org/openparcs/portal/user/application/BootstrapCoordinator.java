package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.user.model.NewUser;
import org.openparcs.portal.user.model.Role;
import org.openparcs.portal.user.model.Username;

/**
 * Creates the first coordinator on a portal that has no user yet, so that someone can log in and
 * grant access (POLICY A5: the coordinator grants access). Does nothing once any user exists.
 */
public final class BootstrapCoordinator {

  private final PortalUsers users;
  private final PasswordHasher hasher;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public BootstrapCoordinator(
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
  }

  /** Returns whether the coordinator was created now. */
  public boolean bootstrap(Username username, String displayName, String password) {
    Instant now = clock.instant();
    NewUser coordinator =
        new NewUser(username, displayName, hasher.hash(password), Set.of(Role.COORDINATOR));
    boolean created =
        unitOfWork.inTransaction(
            () -> {
              if (users.anyExists()) {
                return false;
              }
              users.create(coordinator, now);
              return true;
            });
    if (created) {
      audit.record(
          new AuditEntry(
              now, username.value(), null, AuditAction.USER_BOOTSTRAPPED, "role COORDINATOR"));
    }
    return created;
  }
}
