package org.openparcs.controller.tariff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.tariff.model.Tariffs.LA;
import static org.openparcs.controller.tariff.model.Tariffs.downtown;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Los Angeles: on Sunday 2026-03-08 clocks jump from 02:00 PST to 03:00 PDT; on Sunday 2026-11-01
 * they fall back from 02:00 PDT to 01:00 PST. The driver pays for the time they were inside, never
 * for the hour the clock skipped or repeated. (Both nights are Sundays: weekend prices, $0.75 per
 * started 15 minutes.)
 */
class DaylightSavingNightsTest {

  @Test
  void springForwardChargesTheOneHourActuallyParkedNotTheTwoOnTheClock() {
    Instant in = OffsetDateTime.parse("2026-03-08T01:30-08:00").toInstant();
    Instant out = OffsetDateTime.parse("2026-03-08T03:30-07:00").toInstant();

    Charge charge = downtown().charge(in, out, LA, List.of());

    assertThat(charge.amount().minor()).isEqualTo(4 * 75);
  }

  @Test
  void fallBackChargesTheTwoHoursActuallyParkedNotTheOneOnTheClock() {
    Instant in = OffsetDateTime.parse("2026-11-01T00:30-07:00").toInstant();
    Instant out = OffsetDateTime.parse("2026-11-01T01:30-08:00").toInstant();

    Charge charge = downtown().charge(in, out, LA, List.of());

    assertThat(charge.amount().minor()).isEqualTo(8 * 75);
  }

  @Test
  void theEveningRateStillEndsAtSixOnTheLocalClockAfterSpringForward() {
    Instant saturdayEvening = OffsetDateTime.parse("2026-03-07T20:00-08:00").toInstant();
    Instant beforeSix = OffsetDateTime.parse("2026-03-08T05:59-07:00").toInstant();
    Instant afterSix = OffsetDateTime.parse("2026-03-08T06:01-07:00").toInstant();

    Charge fits = downtown().charge(saturdayEvening, beforeSix, LA, List.of());
    Charge late = downtown().charge(saturdayEvening, afterSix, LA, List.of());

    assertThat(fits.basis()).isEqualTo(ChargeBasis.FLAT_RATE);
    assertThat(fits.amount().minor()).isEqualTo(800);
    assertThat(late.basis()).isEqualTo(ChargeBasis.TIME);
    assertThat(late.amount().minor()).isEqualTo(1500);
  }

  @Test
  void theEveningRateStillEndsAtSixOnTheLocalClockAfterFallBack() {
    Instant saturdayEvening = OffsetDateTime.parse("2026-10-31T20:00-07:00").toInstant();
    Instant beforeSix = OffsetDateTime.parse("2026-11-01T05:59-08:00").toInstant();
    Instant afterSix = OffsetDateTime.parse("2026-11-01T06:00-08:00").toInstant();

    assertThat(downtown().charge(saturdayEvening, beforeSix, LA, List.of()).basis())
        .isEqualTo(ChargeBasis.FLAT_RATE);
    assertThat(downtown().charge(saturdayEvening, afterSix, LA, List.of()).basis())
        .isEqualTo(ChargeBasis.TIME);
  }

  @Test
  void aStayInTheRepeatedHourIsChargedByElapsedTime() {
    Instant firstOneThirty = OffsetDateTime.parse("2026-11-01T01:30-07:00").toInstant();
    Instant secondOneThirty = OffsetDateTime.parse("2026-11-01T01:30-08:00").toInstant();

    Charge charge = downtown().charge(firstOneThirty, secondOneThirty, LA, List.of());

    assertThat(charge.amount().minor()).isEqualTo(4 * 75);
  }

  @Test
  void aDayOfStayIsTwentyFourHoursEvenOnTheTwentyThreeHourDay() {
    Instant in = OffsetDateTime.parse("2026-03-07T12:00-08:00").toInstant();
    Instant twentyFourHoursLater = in.plusSeconds(24 * 3600);
    Instant oneIncrementMore = twentyFourHoursLater.plusSeconds(60);

    assertThat(downtown().charge(in, twentyFourHoursLater, LA, List.of()).amount().minor())
        .isEqualTo(1500);
    assertThat(downtown().charge(in, oneIncrementMore, LA, List.of()).amount().minor())
        .isEqualTo(1500 + 75);
  }
}
