package org.openparcs.portal.audit.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.portal.audit.application.AnchorAuditTrail;
import org.openparcs.portal.audit.application.AuditAnchors;
import org.openparcs.portal.audit.application.AuditTrail;
import org.openparcs.portal.audit.application.ReadAuditTrail;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.application.ReviewLogons;
import org.openparcs.portal.audit.application.VerifyAuditTrail;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;

/** Wires the audit feature. */
@Factory
class AuditFactory {

  @Singleton
  AuditTrail auditTrail(Jdbc jdbc, MeterRegistry registry) {
    return new CountingAuditTrail(new JdbcAuditTrail(jdbc), registry);
  }

  @Singleton
  AuditAnchors auditAnchors(Jdbc jdbc, AuditSettings settings) {
    return new JdbcAuditAnchors(jdbc, new AnchorFile(settings.anchorPath()));
  }

  @Singleton
  RecordAuditEntry recordAuditEntry(AuditTrail trail, UnitOfWork unitOfWork) {
    return new RecordAuditEntry(trail, unitOfWork);
  }

  @Singleton
  VerifyAuditTrail verifyAuditTrail(AuditTrail trail, AuditAnchors anchors, UnitOfWork unitOfWork) {
    return new VerifyAuditTrail(trail, anchors, unitOfWork);
  }

  @Singleton
  AnchorAuditTrail anchorAuditTrail(
      AuditTrail trail, AuditAnchors anchors, UnitOfWork unitOfWork, Clock clock) {
    return new AnchorAuditTrail(trail, anchors, unitOfWork, clock);
  }

  @Singleton
  ReadAuditTrail readAuditTrail(
      AuditTrail trail, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new ReadAuditTrail(trail, audit, unitOfWork, clock);
  }

  @Singleton
  ReviewLogons reviewLogons(AuditTrail trail, UnitOfWork unitOfWork) {
    return new ReviewLogons(trail, unitOfWork);
  }
}
