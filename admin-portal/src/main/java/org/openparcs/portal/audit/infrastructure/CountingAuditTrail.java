package org.openparcs.portal.audit.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.openparcs.portal.audit.application.AuditTrail;
import org.openparcs.portal.audit.model.AuditFilter;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.common.model.Sha256;

/**
 * Counts what is audited, by action, for Prometheus ({@code parcs.portal.audit.records{action}}):
 * failed log-ons ({@code LOGIN_FAILED}, POLICY A2), refused plate searches, purges, ... A count can
 * run ahead of the trail when the unit of work that appended a record rolls back; the trail itself
 * is the record.
 */
final class CountingAuditTrail implements AuditTrail {

  private final AuditTrail trail;
  private final MeterRegistry registry;

  CountingAuditTrail(AuditTrail trail, MeterRegistry registry) {
    this.trail = trail;
    this.registry = registry;
  }

  @Override
  public Sha256 lockHead() {
    return trail.lockHead();
  }

  @Override
  public Sha256 head() {
    return trail.head();
  }

  @Override
  public void append(AuditRecord record) {
    trail.append(record);
    registry
        .counter("parcs.portal.audit.records", "action", record.entry().action().name())
        .increment();
  }

  @Override
  public List<AuditRecord> readAll() {
    return trail.readAll();
  }

  @Override
  public List<AuditRecord> find(AuditFilter filter, int limit) {
    return trail.find(filter, limit);
  }

  @Override
  public List<AuditRecord> sample(AuditFilter filter, int size) {
    return trail.sample(filter, size);
  }
}
