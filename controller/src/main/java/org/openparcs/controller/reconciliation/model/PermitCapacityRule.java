package org.openparcs.controller.reconciliation.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Control 4: one permit used by more vehicles at once than it allows (passback: the credential
 * handed to another car). The stays beyond the capacity parked free; at risk: their fees.
 */
public final class PermitCapacityRule implements ReconciliationRule {

  @Override
  public String name() {
    return "passback / permit over capacity";
  }

  @Override
  public List<Finding> evaluate(GarageRecords records, RuleContext c) {
    Map<UUID, List<GarageRecords.PermitStay>> byPermit = new LinkedHashMap<>();
    for (GarageRecords.PermitStay s : records.overlappingPermitStays(c.period())) {
      byPermit.computeIfAbsent(s.permitId(), k -> new ArrayList<>()).add(s);
    }
    List<Finding> findings = new ArrayList<>();
    byPermit.forEach((permit, stays) -> findings.addAll(overCapacity(permit, stays, c)));
    return findings;
  }

  /** Sweeps the stays in entry order; a stay entering while the permit is full is an excess. */
  private static List<Finding> overCapacity(
      UUID permit, List<GarageRecords.PermitStay> stays, RuleContext c) {
    stays.sort(Comparator.comparing(GarageRecords.PermitStay::enteredAt));
    List<GarageRecords.PermitStay> inside = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (GarageRecords.PermitStay s : stays) {
      inside.removeIf(o -> o.exitedAt() != null && !o.exitedAt().isAfter(s.enteredAt()));
      if (inside.size() >= c.thresholds().permitCapacity()) {
        findings.add(excess(permit, s, inside, c));
      }
      inside.add(s);
    }
    return findings;
  }

  private static Finding excess(
      UUID permit,
      GarageRecords.PermitStay s,
      List<GarageRecords.PermitStay> inside,
      RuleContext c) {
    Instant end = s.exitedAt() == null ? c.period().to() : s.exitedAt();
    Evidence.Builder evidence = Evidence.builder().session(s.sessionId());
    inside.forEach(o -> evidence.session(o.sessionId()));
    return new Finding(
            RuleCode.PERMIT_OVER_CAPACITY,
            s.sessionId().toString(),
            Severity.MEDIUM,
            Fees.stay(c, s.tariffVersion(), s.enteredAt(), end, List.of()),
            "permit "
                + permit
                + " had "
                + (inside.size() + 1)
                + " vehicles inside at once (allowed "
                + c.thresholds().permitCapacity()
                + "); "
                + s.plate()
                + " entered on it while full",
            evidence.build(),
            s.enteredAt())
        .withPlates(s.plate());
  }
}
