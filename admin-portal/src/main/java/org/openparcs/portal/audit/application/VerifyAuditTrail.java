package org.openparcs.portal.audit.application;

import org.openparcs.portal.audit.model.ChainCheck;
import org.openparcs.portal.audit.model.TrailVerification;
import org.openparcs.portal.common.application.UnitOfWork;

/**
 * Checks that no audit record was changed, removed or inserted (POLICY T1, T3): the chain, the
 * recorded head and every anchor.
 */
public final class VerifyAuditTrail {

  private final AuditTrail trail;
  private final AuditAnchors anchors;
  private final UnitOfWork unitOfWork;

  public VerifyAuditTrail(AuditTrail trail, AuditAnchors anchors, UnitOfWork unitOfWork) {
    this.trail = trail;
    this.anchors = anchors;
    this.unitOfWork = unitOfWork;
  }

  public ChainCheck verify() {
    return unitOfWork.reading(
        () -> TrailVerification.verify(trail.readAll(), trail.head(), anchors.all()));
  }
}
