package org.openparcs.controller.reconciliation.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Control 2: a vehicle let out that the garage never saw enter (a visitor: at risk a lost-ticket
 * fee; a permit holder: a missed entry read, low), and a vehicle that entered and has not left
 * after the stay limit (a visitor: at risk the fee so far; it may have left unseen).
 */
public final class EntryExitPairingRule implements ReconciliationRule {

  @Override
  public String name() {
    return "exit without entry, entry without exit";
  }

  @Override
  public List<Finding> evaluate(GarageRecords records, RuleContext c) {
    List<Finding> findings = new ArrayList<>();
    for (GarageRecords.ExitWithoutEntry e : records.exitsWithoutEntry(c.period())) {
      boolean permit = e.permitId() != null;
      findings.add(
          new Finding(
                  RuleCode.EXIT_WITHOUT_ENTRY,
                  e.gateEventId().toString(),
                  permit ? Severity.LOW : Severity.HIGH,
                  permit ? c.zero() : Fees.lostTicket(c, e.at()),
                  (permit ? "permit holder " : "vehicle ")
                      + e.plate()
                      + " let out at lane "
                      + e.lane()
                      + " with no recorded entry",
                  Evidence.builder()
                      .gateEvent(e.gateEventId())
                      .decision(e.decisionId())
                      .read(e.readId())
                      .build(),
                  e.at())
              .withPlates(e.plate()));
    }
    var limit = c.thresholds().stayLimit();
    for (GarageRecords.StaleStay s : records.staysOpenSince(c.period().to().minus(limit))) {
      boolean permit = s.permitId() != null;
      findings.add(
          new Finding(
                  RuleCode.ENTRY_WITHOUT_EXIT,
                  s.sessionId().toString(),
                  permit ? Severity.LOW : Severity.MEDIUM,
                  permit
                      ? c.zero()
                      : Fees.stay(c, s.tariffVersion(), s.enteredAt(), c.period().to(), List.of()),
                  s.plate()
                      + " entered at "
                      + s.enteredAt()
                      + " and has no exit after "
                      + limit.toHours()
                      + " h",
                  Evidence.builder().session(s.sessionId()).decision(s.entryDecisionId()).build(),
                  s.enteredAt())
              .withPlates(s.plate()));
    }
    return findings;
  }
}
