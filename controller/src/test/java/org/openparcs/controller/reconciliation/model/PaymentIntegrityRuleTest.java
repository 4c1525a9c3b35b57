package org.openparcs.controller.reconciliation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.reconciliation.model.Reconciling.context;
import static org.openparcs.controller.reconciliation.model.Reconciling.id;
import static org.openparcs.controller.reconciliation.model.Reconciling.la;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.tariff.model.Discount;

/** Three hours at $4 an hour: $12.00 due. */
class PaymentIntegrityRuleTest {

  private final FakeGarageRecords records = new FakeGarageRecords();

  private static GarageRecords.PaidStay stay(
      int n, int txns, long paid, Long quoted, boolean nil, boolean override, boolean voided) {
    return new GarageRecords.PaidStay(
        id(n),
        "V" + n,
        la("2026-11-24T10:00"),
        la("2026-11-24T13:00"),
        null,
        txns,
        paid,
        quoted,
        nil,
        override,
        voided,
        txns,
        la("2026-11-24T12:59"),
        txns == 0 ? List.of() : List.of(id(100 + n)));
  }

  private List<Finding> findings() {
    return new PaymentIntegrityRule().evaluate(records, context());
  }

  @Test
  void eachWayOfPayingTooLittleIsNamed() {
    records.paidStays.add(stay(1, 1, 0, 1200L, true, false, false));
    records.paidStays.add(stay(2, 1, 600, 1200L, false, true, false));
    records.paidStays.add(stay(3, 2, 0, 1200L, false, false, true));
    records.paidStays.add(stay(4, 1, 1100, 1200L, false, false, false));

    assertThat(findings())
        .extracting(Finding::rule, f -> f.amountAtRisk().minor())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RuleCode.NIL_PAYMENT, 1200L),
            org.assertj.core.groups.Tuple.tuple(RuleCode.OVERRIDE, 600L),
            org.assertj.core.groups.Tuple.tuple(RuleCode.CASHIER_VOID, 1200L),
            org.assertj.core.groups.Tuple.tuple(RuleCode.UNDER_RING, 100L));
  }

  @Test
  void leavingWithoutPayingIsAnUnderRingOfTheRecomputedFee() {
    records.paidStays.add(stay(5, 0, 0, null, false, false, false));

    assertThat(findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(RuleCode.UNDER_RING);
              assertThat(f.amountAtRisk().minor()).isEqualTo(1200);
              assertThat(f.summary()).contains("left without paying");
            });
  }

  @Test
  void aStayWhoseValidationCoversItOwesNothing() {
    UUID session = id(6);
    records.paidStays.add(stay(6, 0, 0, null, false, false, false));
    records.discounts.put(session, List.of(new Discount.FreeTime(Duration.ofHours(3), null)));

    assertThat(findings()).isEmpty();
  }

  @Test
  void aStayThatPaidWhatWasQuotedIsClean() {
    records.paidStays.add(stay(7, 2, 1200, 1200L, false, false, false));

    assertThat(findings()).isEmpty();
  }

  @Test
  void aCashierVoidingMoreThanOneInTenIsAFinding() {
    records.cashiers.add(new GarageRecords.CashierTally("ann", 30, 4, 4800, List.of(id(9))));
    records.cashiers.add(new GarageRecords.CashierTally("bob", 30, 3, 3600, List.of(id(8))));
    records.cashiers.add(new GarageRecords.CashierTally("new", 10, 5, 6000, List.of(id(7))));

    assertThat(findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).startsWith("cashier:ann@");
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            });
  }
}
