package org.openparcs.controller.reconciliation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.shared.model.Money;

class FindingPlatesTest {

  private static Finding finding(String summary) {
    return new Finding(
        RuleCode.EXIT_PLATE_MISMATCH,
        "s-1",
        Severity.HIGH,
        Money.zero(Currency.getInstance("USD")),
        summary,
        Evidence.builder().session(UUID.randomUUID()).build(),
        Instant.parse("2026-11-22T10:00:00Z"));
  }

  @Test
  void theSummarySentToThePortalNamesNoPlateItCarriesThemApartPolicyA5() {
    Finding f = finding("entered as 7ABC12 but left as 7ABC123").withPlates("7ABC12", "7ABC123");
    assertThat(f.plates()).containsExactly("7ABC12", "7ABC123");
    assertThat(f.summaryWithoutPlates()).isEqualTo("entered as [plate] but left as [plate]");
  }

  @Test
  void aFindingAboutMoneyAloneNamesNoPlate() {
    Finding f = finding("cashier c.lee voided 4 of 10").withPlates((String) null);
    assertThat(f.plates()).isEmpty();
    assertThat(f.summaryWithoutPlates()).isEqualTo("cashier c.lee voided 4 of 10");
  }
}
