package org.openparcs.portal.audit.application;

import org.openparcs.portal.audit.model.AuditChain;
import org.openparcs.portal.audit.model.ChainCheck;
import org.openparcs.portal.common.application.UnitOfWork;

/** Checks that no audit record was changed, removed or inserted out of order (POLICY T3). */
public final class VerifyAuditTrail {

  private final AuditTrail trail;
  private final UnitOfWork unitOfWork;

  public VerifyAuditTrail(AuditTrail trail, UnitOfWork unitOfWork) {
    this.trail = trail;
    this.unitOfWork = unitOfWork;
  }

  public ChainCheck verify() {
    return AuditChain.verify(unitOfWork.reading(trail::readAll));
  }
}
