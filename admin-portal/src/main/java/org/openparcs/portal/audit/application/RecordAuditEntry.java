package org.openparcs.portal.audit.application;

import org.openparcs.portal.audit.model.AuditChain;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.common.application.UnitOfWork;

/** Appends one entry to the audit chain, serialised with every other writer. */
public final class RecordAuditEntry {

  private final AuditTrail trail;
  private final UnitOfWork unitOfWork;

  public RecordAuditEntry(AuditTrail trail, UnitOfWork unitOfWork) {
    this.trail = trail;
    this.unitOfWork = unitOfWork;
  }

  public AuditRecord record(AuditEntry entry) {
    return unitOfWork.inTransaction(
        () -> {
          AuditRecord linked = AuditChain.link(trail.lockHead(), entry);
          trail.append(linked);
          return linked;
        });
  }
}
