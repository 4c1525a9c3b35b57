package org.openparcs.controller.reconciliation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.reconciliation.model.Reconciling.context;
import static org.openparcs.controller.reconciliation.model.Reconciling.id;
import static org.openparcs.controller.reconciliation.model.Reconciling.la;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermitCapacityRuleTest {

  private final FakeGarageRecords records = new FakeGarageRecords();

  private void stay(int n, String in, String out) {
    records.permitStays.add(
        new GarageRecords.PermitStay(
            id(99), id(n), "P" + n, null, la(in), out == null ? null : la(out)));
  }

  @Test
  void aSecondVehicleEnteringWhileTheFirstIsInsideExceedsAPermitForOne() {
    stay(1, "2026-11-24T08:00", "2026-11-24T17:00");
    stay(2, "2026-11-24T09:00", "2026-11-24T12:00");

    assertThat(new PermitCapacityRule().evaluate(records, context()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo(id(2).toString());
              assertThat(f.amountAtRisk().minor()).isEqualTo(3 * 400);
            });
  }

  @Test
  void aPermitForTwoAllowsTwoAndFlagsTheThird() {
    Thresholds two =
        new Thresholds(
            Duration.ofSeconds(60),
            Set.of("VEND"),
            Duration.ofHours(72),
            2,
            500,
            20,
            Duration.ofDays(7),
            3,
            10,
            28,
            1000,
            20,
            Duration.ofMinutes(15),
            Duration.ofMinutes(2));
    stay(1, "2026-11-24T08:00", "2026-11-24T17:00");
    stay(2, "2026-11-24T09:00", "2026-11-24T12:00");
    stay(3, "2026-11-24T10:00", null);

    assertThat(new PermitCapacityRule().evaluate(records, context(two)))
        .extracting(Finding::subject)
        .containsExactly(id(3).toString());
  }

  @Test
  void aVehicleEnteringAfterTheOtherLeftIsWithinCapacity() {
    stay(1, "2026-11-24T08:00", "2026-11-24T09:00");
    stay(2, "2026-11-24T09:00", "2026-11-24T12:00");

    assertThat(new PermitCapacityRule().evaluate(records, context())).isEmpty();
  }
}
