package org.openparcs.portal.audit.application;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditFilter;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.common.application.UnitOfWork;

/** The log-on attempts, successful or not, for review (POLICY A2). */
public final class ReviewLogons {

  /** The actions that are log-on attempts or their steps. */
  public static final Set<AuditAction> LOGON_ACTIONS =
      EnumSet.of(
          AuditAction.LOGIN_SUCCEEDED,
          AuditAction.LOGIN_FAILED,
          AuditAction.LOGIN_PASSWORD_ACCEPTED,
          AuditAction.GARAGE_CONSOLE_LOGON);

  private final AuditTrail trail;
  private final UnitOfWork unitOfWork;

  public ReviewLogons(AuditTrail trail, UnitOfWork unitOfWork) {
    this.trail = trail;
    this.unitOfWork = unitOfWork;
  }

  public List<AuditRecord> review(
      Actor actor, Instant from, Instant to, String username, int limit) {
    actor.require(Permission.REVIEW_LOGONS);
    AuditFilter filter = new AuditFilter(from, to, username, LOGON_ACTIONS, null, null);
    return unitOfWork.reading(() -> trail.find(filter, limit));
  }
}
