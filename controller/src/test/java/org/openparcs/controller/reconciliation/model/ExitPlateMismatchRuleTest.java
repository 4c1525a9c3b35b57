package org.openparcs.controller.reconciliation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.reconciliation.model.Reconciling.context;
import static org.openparcs.controller.reconciliation.model.Reconciling.id;
import static org.openparcs.controller.reconciliation.model.Reconciling.la;

import org.junit.jupiter.api.Test;

class ExitPlateMismatchRuleTest {

  private final FakeGarageRecords records = new FakeGarageRecords();

  private Finding mismatch(String entry, String exit) {
    records.mismatches.add(
        new GarageRecords.PlateMismatch(
            id(1),
            id(2),
            entry,
            exit,
            id(3),
            id(4),
            null,
            la("2026-11-24T10:00"),
            la("2026-11-24T12:00")));
    return new ExitPlateMismatchRule().evaluate(records, context()).get(0);
  }

  @Test
  void oneCharacterApartIsProbablyAMisread() {
    Finding f = mismatch("7ABC123", "7ABC128");

    assertThat(f.severity()).isEqualTo(Severity.LOW);
    assertThat(f.amountAtRisk().isZero()).isTrue();
  }

  @Test
  void anotherPlateAltogetherIsAnotherVehicleOnTheCredential() {
    Finding f = mismatch("7ABC123", "8XYZ789");

    assertThat(f.severity()).isEqualTo(Severity.HIGH);
    assertThat(f.amountAtRisk().minor()).isEqualTo(800);
    assertThat(f.evidence().reads()).containsExactly(id(4));
  }

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(ExitPlateMismatchRule.editDistance("ABC123", "ABC123")).isZero();
    assertThat(ExitPlateMismatchRule.editDistance("ABC123", "ABC1234")).isEqualTo(1);
    assertThat(ExitPlateMismatchRule.editDistance("ABC123", "XBC12")).isEqualTo(2);
  }
}
