package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.user.model.AccountRules;
import org.openparcs.portal.user.model.PortalUser;

/** Deactivates every enabled account unused for longer than the rules allow (POLICY A3). */
public final class DeactivateInactiveUsers {

  private final PortalUsers users;
  private final AccountRules rules;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public DeactivateInactiveUsers(
      PortalUsers users,
      AccountRules rules,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.users = users;
    this.rules = rules;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** Returns how many accounts were deactivated now. */
  public int deactivate() {
    Instant now = clock.instant();
    List<PortalUser> idle =
        unitOfWork.reading(
            () ->
                users.all().stream().filter(u -> u.enabled() && rules.isInactive(u, now)).toList());
    for (PortalUser user : idle) {
      unitOfWork.inTransaction(
          () -> {
            users.setEnabled(user.id(), false, "INACTIVE", now);
            return null;
          });
      audit.record(
          AuditEntry.of(
              now,
              user.username().value(),
              null,
              AuditAction.USER_DEACTIVATED,
              "unused since " + user.lastActivity()));
    }
    return idle.size();
  }
}
