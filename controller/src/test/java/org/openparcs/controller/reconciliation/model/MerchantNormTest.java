package org.openparcs.controller.reconciliation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.reconciliation.model.Reconciling.context;
import static org.openparcs.controller.reconciliation.model.Reconciling.la;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MerchantNormTest {

  private final FakeGarageRecords records = new FakeGarageRecords();

  private void day(String merchant, LocalDate day, long count) {
    records.merchantHours.add(new GarageRecords.MerchantHour(merchant, la(day + "T12:00"), count));
  }

  @Test
  void aDayFarAboveTheMerchantsUsualDaysIsAFinding() {
    for (int d = 1; d <= 20; d++) {
      day("cafe", LocalDate.of(2026, 11, 2).plusDays(d), 8);
    }
    day("cafe", LocalDate.of(2026, 11, 26), 40);

    assertThat(new ValidationRule().evaluate(records, context()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(RuleCode.MERCHANT_ABOVE_NORM);
              assertThat(f.subject()).isEqualTo("cafe@2026-11-26");
            });
  }

  @Test
  void aMerchantWithTooShortAHistoryHasNoNormYet() {
    day("new-shop", LocalDate.of(2026, 11, 24), 2);
    day("new-shop", LocalDate.of(2026, 11, 26), 40);

    assertThat(new ValidationRule().evaluate(records, context())).isEmpty();
  }

  @Test
  void aBusyDayWithinThreeTimesTheNormIsNormal() {
    for (int d = 1; d <= 20; d++) {
      day("cafe", LocalDate.of(2026, 11, 2).plusDays(d), 8);
    }
    day("cafe", LocalDate.of(2026, 11, 26), 24);

    assertThat(new ValidationRule().evaluate(records, context())).isEmpty();
  }
}
