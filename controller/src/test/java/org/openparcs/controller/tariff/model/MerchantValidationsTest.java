package org.openparcs.controller.tariff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openparcs.controller.tariff.model.Tariffs.LA;
import static org.openparcs.controller.tariff.model.Tariffs.downtown;
import static org.openparcs.controller.tariff.model.Tariffs.la;
import static org.openparcs.controller.tariff.model.Tariffs.usd;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A three-hour weekday stay ($12.00 before validations) with merchant validations. */
class MerchantValidationsTest {

  private static final java.time.Instant IN = la("2026-11-23T10:00");
  private static final java.time.Instant OUT = la("2026-11-23T13:00");

  private static long due(Discount... discounts) {
    return downtown().charge(IN, OUT, LA, List.of(discounts)).amount().minor();
  }

  @Test
  void twoFreeHoursLeaveOneHourToPay() {
    assertThat(due(new Discount.FreeTime(Duration.ofHours(2), null))).isEqualTo(400);
  }

  @Test
  void freeTimeLongerThanTheStayLeavesNothingToPay() {
    assertThat(due(new Discount.FreeTime(Duration.ofHours(4), null))).isZero();
  }

  @Test
  void freeTimeTakesOffNoMoreThanItsCap() {
    assertThat(due(new Discount.FreeTime(Duration.ofHours(2), usd(500)))).isEqualTo(700);
  }

  @Test
  void aFixedAmountComesOffButNeverBelowZero() {
    assertThat(due(new Discount.FixedAmount(usd(500)))).isEqualTo(700);
    assertThat(due(new Discount.FixedAmount(usd(5000)))).isZero();
  }

  @Test
  void aPercentageComesOffWithinItsCap() {
    assertThat(due(new Discount.Percentage(5000, null))).isEqualTo(600);
    assertThat(due(new Discount.Percentage(5000, usd(200)))).isEqualTo(1000);
  }

  @Test
  void freeTimeThenPercentageThenFixedAmount() {
    long due =
        due(
            new Discount.FixedAmount(usd(100)),
            new Discount.Percentage(5000, null),
            new Discount.FreeTime(Duration.ofHours(1), null));

    assertThat(due).isEqualTo((1200 - 400) / 2 - 100);
  }

  @Test
  void theUndiscountedFeeIsKeptBesideTheAmountDue() {
    Charge charge = downtown().charge(IN, OUT, LA, List.of(new Discount.FixedAmount(usd(500))));

    assertThat(charge.undiscounted().minor()).isEqualTo(1200);
  }

  @Test
  void impossibleValidationsAreRefused() {
    assertThatThrownBy(() -> new Discount.Percentage(12_000, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Discount.FixedAmount(usd(-5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Discount.FreeTime(Duration.ZERO, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
