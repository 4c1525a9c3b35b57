package org.openparcs.controller.reconciliation.model;

import java.util.ArrayList;
import java.util.List;
import org.openparcs.controller.shared.model.Money;

/**
 * Control 10: a driver paid, stayed past the exit grace period and left without paying the
 * difference. At risk: the stay's fee at exit less what was paid.
 */
public final class OverstayRule implements ReconciliationRule {

  @Override
  public String name() {
    return "overstay after paying";
  }

  @Override
  public List<Finding> evaluate(GarageRecords records, RuleContext c) {
    List<Finding> findings = new ArrayList<>();
    for (GarageRecords.Overstay o : records.overstays(c.period(), c.thresholds().exitGrace())) {
      Money fee =
          Fees.stay(
              c,
              o.tariffVersion(),
              o.enteredAt(),
              o.exitedAt(),
              records.discountsOf(o.sessionId()));
      Money due = fee.minus(c.money(o.paidNetMinor()));
      if (due.isPositive()) {
        findings.add(
            new Finding(
                RuleCode.OVERSTAY_AFTER_PAYMENT,
                o.sessionId().toString(),
                Severity.MEDIUM,
                due,
                o.plate()
                    + " paid at "
                    + o.lastPaidAt()
                    + ", left at "
                    + o.exitedAt()
                    + " without paying the difference of "
                    + due,
                Evidence.builder().session(o.sessionId()).payments(o.paymentIds()).build(),
                o.exitedAt()));
      }
    }
    return findings;
  }
}
