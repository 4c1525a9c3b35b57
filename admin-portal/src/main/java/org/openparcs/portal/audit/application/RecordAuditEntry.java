package org.openparcs.portal.audit.application;

import java.util.function.Supplier;
import org.openparcs.portal.audit.model.AuditChain;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.common.application.UnitOfWork;

/** Appends one entry to the audit chain, serialised with every other writer. */
public final class RecordAuditEntry {

  private final AuditTrail trail;
  private final UnitOfWork unitOfWork;
  private final Supplier<String> salts;

  /** Records whose chain covers their terms as they are (stores that keep terms in clear). */
  public RecordAuditEntry(AuditTrail trail, UnitOfWork unitOfWork) {
    this(trail, unitOfWork, () -> null);
  }

  /**
   * @param salts a fresh random salt per record, for the terms' commitment (POLICY K1, see {@link
   *     AuditChain})
   */
  public RecordAuditEntry(AuditTrail trail, UnitOfWork unitOfWork, Supplier<String> salts) {
    this.trail = trail;
    this.unitOfWork = unitOfWork;
    this.salts = salts;
  }

  public AuditRecord record(AuditEntry entry) {
    return unitOfWork.inTransaction(
        () -> {
          AuditRecord linked = AuditChain.link(trail.lockHead(), entry, salts.get());
          trail.append(linked);
          return linked;
        });
  }
}
