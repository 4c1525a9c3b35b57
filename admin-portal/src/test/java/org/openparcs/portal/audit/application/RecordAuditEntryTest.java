package org.openparcs.portal.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.audit.model.ChainCheck;
import org.openparcs.portal.common.model.Sha256;
import org.openparcs.portal.fakes.DirectUnitOfWork;
import org.openparcs.portal.fakes.FixedClock;
import org.openparcs.portal.fakes.InMemoryAuditAnchors;
import org.openparcs.portal.fakes.InMemoryAuditTrail;

/** Appending to the audit trail keeps the chain intact. */
class RecordAuditEntryTest {

  private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final RecordAuditEntry record = new RecordAuditEntry(trail, unitOfWork);

  @Test
  void linksEachNewRecordToTheCurrentHead() {
    AuditRecord first = record.record(entry("alice"));
    AuditRecord second = record.record(entry("bob"));

    assertThat(first.prevHash()).isEqualTo(Sha256.ZERO);
    assertThat(second.prevHash()).isEqualTo(first.hash());
    assertThat(trail.lockHead()).isEqualTo(second.hash());
    assertThat(unitOfWork.transactions()).isEqualTo(2);
  }

  @Test
  void verifiesATrailItWrote() {
    record.record(entry("alice"));
    record.record(entry("bob"));

    ChainCheck check = new VerifyAuditTrail(trail, new InMemoryAuditAnchors(), unitOfWork).verify();

    assertThat(check).isInstanceOf(ChainCheck.Intact.class);
    assertThat(((ChainCheck.Intact) check).records()).isEqualTo(2);
  }

  private static AuditEntry entry(String user) {
    return AuditEntry.of(FixedClock.NOW, user, "127.0.0.1", AuditAction.LOGIN_SUCCEEDED, null);
  }
}
