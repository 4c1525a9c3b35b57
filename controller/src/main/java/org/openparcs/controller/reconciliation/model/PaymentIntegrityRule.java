package org.openparcs.controller.reconciliation.model;

import java.util.ArrayList;
import java.util.List;
import org.openparcs.controller.shared.model.Money;

/**
 * Control 8: stays that paid less than the tariff asked, named by how: a void not paid again, a nil
 * payment, a cashier override, or a plain under-ring (including leaving without paying); and
 * cashiers whose voids are too large a share of their payments. What the tariff asked is the
 * largest quote the stay's payments settled, or for a stay without payments the fee recomputed from
 * its entry and exit.
 */
public final class PaymentIntegrityRule implements ReconciliationRule {

  @Override
  public String name() {
    return "voids, nil payments, overrides and under-rings";
  }

  @Override
  public List<Finding> evaluate(GarageRecords records, RuleContext c) {
    List<Finding> findings = new ArrayList<>();
    for (GarageRecords.PaidStay s :
        records.irregularPaidStays(
            c.period(), c.thresholds().exitGrace(), c.pricing().shortestGrace())) {
      Money expected = expected(records, s, c);
      Money shortBy = expected.minus(c.money(s.paidNetMinor()));
      if (shortBy.isPositive()) {
        findings.add(shortPaid(s, expected, shortBy));
      }
    }
    findings.addAll(voidRatios(records, c));
    return findings;
  }

  private static Money expected(GarageRecords records, GarageRecords.PaidStay s, RuleContext c) {
    if (s.quotedMinor() != null) {
      return c.money(s.quotedMinor());
    }
    if (s.transactions() > 0) {
      return c.zero();
    }
    Money undiscounted = Fees.stay(c, s.tariffVersion(), s.enteredAt(), s.exitedAt(), List.of());
    return undiscounted.isZero()
        ? undiscounted
        : Fees.stay(
            c, s.tariffVersion(), s.enteredAt(), s.exitedAt(), records.discountsOf(s.sessionId()));
  }

  private static Finding shortPaid(GarageRecords.PaidStay s, Money expected, Money shortBy) {
    RuleCode code =
        s.voided()
            ? RuleCode.CASHIER_VOID
            : s.nil()
                ? RuleCode.NIL_PAYMENT
                : s.override() ? RuleCode.OVERRIDE : RuleCode.UNDER_RING;
    String how =
        s.transactions() == 0
            ? "left without paying"
            : code == RuleCode.CASHIER_VOID
                ? "a payment was voided and not paid again"
                : code == RuleCode.NIL_PAYMENT
                    ? "a zero payment was rung"
                    : code == RuleCode.OVERRIDE ? "a cashier overrode the fee" : "paid less";
    Evidence.Builder evidence = Evidence.builder().session(s.sessionId()).payments(s.paymentIds());
    return new Finding(
            code,
            s.sessionId().toString(),
            code == RuleCode.OVERRIDE ? Severity.MEDIUM : Severity.HIGH,
            shortBy,
            s.plate()
                + ": "
                + how
                + " ("
                + Money.of(s.paidNetMinor(), expected.currency())
                + " paid of "
                + expected
                + ")",
            evidence.build(),
            s.exitedAt())
        .withPlates(s.plate());
  }

  private static List<Finding> voidRatios(GarageRecords records, RuleContext c) {
    Thresholds t = c.thresholds();
    List<Finding> findings = new ArrayList<>();
    for (GarageRecords.CashierTally tally : records.cashierTallies(c.period())) {
      if (tally.payments() >= t.cashierMinPayments()
          && tally.voids() * 10_000L > tally.payments() * t.cashierVoidRatioBasisPoints()) {
        findings.add(
            new Finding(
                RuleCode.CASHIER_VOID,
                "cashier:" + tally.cashier() + "@" + c.period().from() + "/" + c.period().to(),
                Severity.MEDIUM,
                c.money(tally.voidedMinor()),
                "cashier "
                    + tally.cashier()
                    + " voided "
                    + tally.voids()
                    + " of "
                    + tally.payments()
                    + " payments",
                Evidence.builder().payments(tally.voidIds()).build(),
                c.period().from()));
      }
    }
    return findings;
  }
}
