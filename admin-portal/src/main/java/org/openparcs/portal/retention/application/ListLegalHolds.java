package org.openparcs.portal.retention.application;

import java.util.List;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.retention.model.LegalHold;

/** The latest legal holds, active first, for the coordinator. */
public final class ListLegalHolds {

  private final LegalHolds holds;
  private final UnitOfWork unitOfWork;

  public ListLegalHolds(LegalHolds holds, UnitOfWork unitOfWork) {
    this.holds = holds;
    this.unitOfWork = unitOfWork;
  }

  public List<LegalHold> list(Actor actor, int limit) {
    actor.require(Permission.MANAGE_RETENTION);
    return unitOfWork.reading(() -> holds.latest(limit));
  }
}
