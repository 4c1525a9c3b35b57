package org.openparcs.portal.user.application;

import java.time.Clock;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;

/**
 * A coordinator removes a user's second factor and recovery codes (a lost phone): the user enrols a
 * new one at the next log-on, after the password (POLICY A1 stays required).
 */
public final class ResetSecondFactor {

  private final PortalUsers users;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ResetSecondFactor(
      PortalUsers users, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.users = users;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public boolean reset(Actor actor, long userId) {
    actor.require(Permission.MANAGE_USERS);
    boolean done =
        unitOfWork.inTransaction(
            () -> {
              if (users.findById(userId).isEmpty()) {
                return false;
              }
              users.clearSecondFactor(userId);
              return true;
            });
    if (done) {
      audit.record(actor.audited(clock.instant(), AuditAction.MFA_RESET, "user #" + userId));
    }
    return done;
  }
}
