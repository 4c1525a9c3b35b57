package org.openparcs.controller.reconciliation.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.openparcs.controller.shared.model.Money;

/**
 * Control 6: days on which lost tickets are too large a share of visitor exits, and lost-ticket
 * claims by a vehicle the plate inventory saw enter (and not leave): the driver had an entry and
 * paid the lost-ticket fee instead of the stay. At risk: the stay's fee above what was paid.
 */
public final class LostTicketRule implements ReconciliationRule {

  @Override
  public String name() {
    return "lost tickets";
  }

  @Override
  public List<Finding> evaluate(GarageRecords records, RuleContext c) {
    List<Finding> findings = new ArrayList<>(ratio(records, c));
    for (GarageRecords.LostTicketClaim claim :
        records.lostTicketClaimsWithEntry(
            c.period(), c.thresholds().lostTicketLookback(), c.thresholds().exitGrace())) {
      Money fee = Fees.stay(c, null, claim.entryAt(), claim.paidAt(), List.of());
      findings.add(
          new Finding(
                  RuleCode.LOST_TICKET_WITH_ENTRY,
                  claim.paymentId().toString(),
                  Severity.HIGH,
                  fee.minus(c.money(claim.paidMinor())).atLeastZero(),
                  claim.plate()
                      + " paid a lost ticket at "
                      + claim.paidAt()
                      + " but was read entering at "
                      + claim.entryAt()
                      + " (stay fee "
                      + fee
                      + ")",
                  Evidence.builder().payment(claim.paymentId()).read(claim.entryReadId()).build(),
                  claim.paidAt())
              .withPlates(claim.plate()));
    }
    return findings;
  }

  private static List<Finding> ratio(GarageRecords records, RuleContext c) {
    Map<LocalDate, long[]> exits = new TreeMap<>();
    records
        .visitorExitsByHour(c.period())
        .forEach(h -> exits.computeIfAbsent(day(h.hour(), c), d -> new long[1])[0] += h.count());
    Map<LocalDate, List<UUID>> lost = new TreeMap<>();
    records
        .lostTicketPayments(c.period())
        .forEach(
            p -> lost.computeIfAbsent(day(p.at(), c), d -> new ArrayList<>()).add(p.paymentId()));
    Thresholds t = c.thresholds();
    List<Finding> findings = new ArrayList<>();
    lost.forEach(
        (day, ids) -> {
          long total = ids.size() + (exits.containsKey(day) ? exits.get(day)[0] : 0);
          if (total >= t.lostTicketMinExits()
              && ids.size() * 10_000L > total * t.lostTicketRatioBasisPoints()) {
            findings.add(
                new Finding(
                    RuleCode.LOST_TICKET_RATIO,
                    day.toString(),
                    Severity.MEDIUM,
                    c.zero(),
                    ids.size()
                        + " lost tickets of "
                        + total
                        + " visitor exits on "
                        + day
                        + " (above "
                        + t.lostTicketRatioBasisPoints() / 100.0
                        + " %)",
                    Evidence.builder().payments(ids).build(),
                    day.atStartOfDay(c.zone()).toInstant()));
          }
        });
    return findings;
  }

  private static LocalDate day(java.time.Instant t, RuleContext c) {
    return t.atZone(c.zone()).toLocalDate();
  }
}
