package org.openparcs.portal.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.openparcs.portal.audit.application.AuditTrail;
import org.openparcs.portal.audit.model.AuditFilter;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.common.model.Sha256;

/** The audit trail in a list; ids are positions from 1. */
public final class InMemoryAuditTrail implements AuditTrail {

  private final List<AuditRecord> records = new ArrayList<>();
  private final Random random = new Random(7);
  private Sha256 head = Sha256.ZERO;

  @Override
  public Sha256 lockHead() {
    return head;
  }

  @Override
  public Sha256 head() {
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

  @Override
  public List<AuditRecord> find(AuditFilter filter, int limit) {
    return records.stream()
        .filter(r -> matches(filter, r))
        .sorted(Comparator.comparingLong(AuditRecord::id).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public List<AuditRecord> sample(AuditFilter filter, int size) {
    List<AuditRecord> matching =
        new ArrayList<>(records.stream().filter(r -> matches(filter, r)).toList());
    java.util.Collections.shuffle(matching, random);
    return matching.stream().limit(size).sorted(Comparator.comparingLong(AuditRecord::id)).toList();
  }

  private static boolean matches(AuditFilter f, AuditRecord r) {
    var e = r.entry();
    return (f.username() == null || f.username().equals(e.username()))
        && (f.actions().isEmpty() || f.actions().contains(e.action()))
        && (f.purpose() == null || f.purpose().equals(e.access().purpose()))
        && (f.terms() == null
            || (e.access().terms() != null && e.access().terms().contains(f.terms())))
        && (f.from() == null || !e.occurredAt().isBefore(f.from()))
        && (f.to() == null || e.occurredAt().isBefore(f.to()));
  }
}
