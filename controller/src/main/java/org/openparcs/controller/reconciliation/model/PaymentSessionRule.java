package org.openparcs.controller.reconciliation.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Control 9: money taken for no stay (not a lost ticket) can hide a stay that was never charged;
 * two payments for one stay overcharge a driver (at risk: the refund owed).
 */
public final class PaymentSessionRule implements ReconciliationRule {

  @Override
  public String name() {
    return "payment with no session, two payments for one session";
  }

  @Override
  public List<Finding> evaluate(GarageRecords records, RuleContext c) {
    List<Finding> findings = new ArrayList<>();
    for (GarageRecords.PaymentRecord p : records.paymentsWithoutSession(c.period())) {
      findings.add(
          new Finding(
              RuleCode.PAYMENT_WITHOUT_SESSION,
              p.paymentId().toString(),
              Severity.MEDIUM,
              c.money(p.amountMinor()),
              "payment "
                  + p.reference()
                  + " of "
                  + c.money(p.amountMinor())
                  + " names no session"
                  + (p.cashier() == null ? "" : " (cashier " + p.cashier() + ")"),
              Evidence.builder().payment(p.paymentId()).build(),
              p.at()));
    }
    for (GarageRecords.DoublePaid d : records.doublePaidStays(c.period())) {
      long owed = d.quotedMinor() == null ? 0 : Math.max(0, d.paidMinor() - d.quotedMinor());
      findings.add(
          new Finding(
              RuleCode.DOUBLE_PAYMENT,
              d.sessionId().toString(),
              Severity.LOW,
              c.money(owed),
              d.paymentIds().size()
                  + " payments for one stay, "
                  + c.money(d.paidMinor())
                  + " in all",
              Evidence.builder().session(d.sessionId()).payments(d.paymentIds()).build(),
              d.at()));
    }
    return findings;
  }
}
