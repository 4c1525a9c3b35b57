package org.openparcs.portal.audit.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.openparcs.portal.audit.application.AuditTrail;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.application.VerifyAuditTrail;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;

/** Wires the audit feature. */
@Factory
class AuditFactory {

  @Singleton
  AuditTrail auditTrail(Jdbc jdbc) {
    return new JdbcAuditTrail(jdbc);
  }

  @Singleton
  RecordAuditEntry recordAuditEntry(AuditTrail trail, UnitOfWork unitOfWork) {
    return new RecordAuditEntry(trail, unitOfWork);
  }

  @Singleton
  VerifyAuditTrail verifyAuditTrail(AuditTrail trail, UnitOfWork unitOfWork) {
    return new VerifyAuditTrail(trail, unitOfWork);
  }
}
