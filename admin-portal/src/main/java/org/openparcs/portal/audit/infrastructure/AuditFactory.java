package org.openparcs.portal.audit.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import org.openparcs.portal.audit.application.AnchorAuditTrail;
import org.openparcs.portal.audit.application.AuditAnchors;
import org.openparcs.portal.audit.application.AuditTrail;
import org.openparcs.portal.audit.application.ReadAuditTrail;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.application.ReviewLogons;
import org.openparcs.portal.audit.application.VerifyAuditTrail;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.protection.PlateCipher;

/** Wires the audit feature. */
@Factory
class AuditFactory {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Singleton
  AuditTrail auditTrail(Jdbc jdbc, MeterRegistry registry, PlateCipher cipher) {
    return new CountingAuditTrail(new JdbcAuditTrail(jdbc, cipher), registry);
  }

  /** 16 random bytes, hex: the salt of one record's terms commitment (POLICY K1). */
  private static String salt() {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return HexFormat.of().formatHex(salt);
  }

  @Singleton
  AuditAnchors auditAnchors(Jdbc jdbc, AuditSettings settings) {
    return new JdbcAuditAnchors(jdbc, new AnchorFile(settings.anchorPath()));
  }

  @Singleton
  RecordAuditEntry recordAuditEntry(AuditTrail trail, UnitOfWork unitOfWork) {
    return new RecordAuditEntry(trail, unitOfWork, AuditFactory::salt);
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
