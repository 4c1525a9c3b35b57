package org.openparcs.controller.reconciliation.model;

import java.util.ArrayList;
import java.util.List;
import org.openparcs.controller.shared.model.Money;

/**
 * Control 10: a driver paid what was quoted, stayed past the exit grace period and left without
 * paying the difference. At risk: the stay's fee at exit less what was paid.
 */
public final class OverstayRule implements ReconciliationRule {

  @Override
  public String name() {
    return "overstay after paying";
  }

  @Override
  public List<Finding> evaluate(GarageRecords records, RuleContext c) {
    List<Finding> findings = new ArrayList<>();
    var grace = c.thresholds().exitGrace();
    for (GarageRecords.PaidStay s :
        records.irregularPaidStays(c.period(), grace, c.pricing().shortestGrace())) {
      boolean paidAsked = s.quotedMinor() != null && s.paidNetMinor() >= s.quotedMinor();
      if (s.lastPaidAt() == null
          || !paidAsked
          || !s.exitedAt().isAfter(s.lastPaidAt().plus(grace))) {
        continue;
      }
      Money fee =
          Fees.stay(
              c,
              s.tariffVersion(),
              s.enteredAt(),
              s.exitedAt(),
              records.discountsOf(s.sessionId()));
      Money due = fee.minus(c.money(s.paidNetMinor()));
      if (due.isPositive()) {
        findings.add(
            new Finding(
                    RuleCode.OVERSTAY_AFTER_PAYMENT,
                    s.sessionId().toString(),
                    Severity.MEDIUM,
                    due,
                    s.plate()
                        + " paid at "
                        + s.lastPaidAt()
                        + ", left at "
                        + s.exitedAt()
                        + " without paying the difference of "
                        + due,
                    Evidence.builder().session(s.sessionId()).payments(s.paymentIds()).build(),
                    s.exitedAt())
                .withPlates(s.plate()));
      }
    }
    return findings;
  }
}
