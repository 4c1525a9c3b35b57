package org.openparcs.controller.reconciliation.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Control 9: money taken for no stay (not a lost ticket) can hide a stay that was never charged;
 * two live payments for one stay that together exceed what it was quoted overcharge a driver (at
 * risk: the refund owed). A second payment that tops up an overstay is not a double payment.
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
    for (GarageRecords.PaidStay s :
        records.irregularPaidStays(
            c.period(), c.thresholds().exitGrace(), c.pricing().shortestGrace())) {
      if (s.livePayments() > 1 && s.quotedMinor() != null && s.paidNetMinor() > s.quotedMinor()) {
        findings.add(
            new Finding(
                    RuleCode.DOUBLE_PAYMENT,
                    s.sessionId().toString(),
                    Severity.LOW,
                    c.money(s.paidNetMinor() - s.quotedMinor()),
                    s.livePayments()
                        + " payments for one stay of "
                        + s.plate()
                        + ", "
                        + c.money(s.paidNetMinor())
                        + " paid of "
                        + c.money(s.quotedMinor())
                        + " quoted",
                    Evidence.builder().session(s.sessionId()).payments(s.paymentIds()).build(),
                    s.lastPaidAt())
                .withPlates(s.plate()));
      }
    }
    return findings;
  }
}
