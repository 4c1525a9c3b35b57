package org.openparcs.portal.fakes;

import java.util.ArrayList;
import java.util.List;
import org.openparcs.portal.audit.application.AuditTrail;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.common.model.Sha256;

/** The audit trail in a list; ids are positions from 1. */
public final class InMemoryAuditTrail implements AuditTrail {

  private final List<AuditRecord> records = new ArrayList<>();
  private Sha256 head = Sha256.ZERO;

  @Override
  public Sha256 lockHead() {
    return head;
  }

  @Override
  public void append(AuditRecord record) {
    records.add(
        new AuditRecord(records.size() + 1, record.entry(), record.prevHash(), record.hash()));
    head = record.hash();
  }

  @Override
  public List<AuditRecord> readAll() {
    return List.copyOf(records);
  }
}
