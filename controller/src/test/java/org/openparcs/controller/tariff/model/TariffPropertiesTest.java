package org.openparcs.controller.tariff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.tariff.model.Tariffs.LA;
import static org.openparcs.controller.tariff.model.Tariffs.downtown;
import static org.openparcs.controller.tariff.model.Tariffs.hourly;
import static org.openparcs.controller.tariff.model.Tariffs.usd;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of the tariff rules over random stays of up to 10 days, entering at any second of 2026
 * (so both daylight-saving nights of Los Angeles are crossed often).
 */
class TariffPropertiesTest {

  private static final long YEAR_START = Instant.parse("2026-01-01T08:00:00Z").getEpochSecond();
  private static final long YEAR = 365L * 24 * 3600;

  @Provide
  Arbitrary<Instant> entries() {
    return Arbitraries.longs().between(YEAR_START, YEAR_START + YEAR).map(Instant::ofEpochSecond);
  }

  @Property(tries = 2000)
  void aLongerStayNeverCostsLessByTime(
      @ForAll("entries") Instant in,
      @ForAll @LongRange(min = 0, max = 864_000) long seconds,
      @ForAll @LongRange(min = 1, max = 20_000) long more) {
    Tariff t = downtown();
    Instant out = in.plusSeconds(seconds);

    assertThat(t.timeCharge(in, out.plusSeconds(more), LA))
        .isGreaterThanOrEqualTo(t.timeCharge(in, out, LA));
  }

  @Property(tries = 2000)
  void noStayCostsMoreThanTheDailyMaximumPerStartedDay(
      @ForAll("entries") Instant in, @ForAll @LongRange(min = 0, max = 864_000) long seconds) {
    Charge c = downtown().charge(in, in.plusSeconds(seconds), LA, List.of());
    long days = Math.max(1, (seconds + 86_399) / 86_400);

    assertThat(c.amount().minor()).isLessThanOrEqualTo(days * 2400);
  }

  @Property(tries = 2000)
  void withoutWeekendPricesTheLocalClockNeverChangesTheFee(
      @ForAll("entries") Instant in, @ForAll @LongRange(min = 0, max = 864_000) long seconds) {
    Instant out = in.plusSeconds(seconds);

    assertThat(hourly().charge(in, out, LA, List.of()))
        .isEqualTo(hourly().charge(in, out, ZoneOffset.UTC, List.of()));
  }

  @Property(tries = 2000)
  void theTimeChargeEqualsAWalkOverEveryIncrement(
      @ForAll("entries") Instant in, @ForAll @LongRange(min = 1, max = 300_000) long seconds) {
    Instant out = in.plusSeconds(seconds);

    assertThat(downtown().timeCharge(in, out, LA).minor()).isEqualTo(walk(in, out));
  }

  @Property(tries = 2000)
  void validationsNeverRaiseTheFeeNorTakeItBelowZero(
      @ForAll("entries") Instant in,
      @ForAll @LongRange(min = 0, max = 200_000) long seconds,
      @ForAll @IntRange(min = 1, max = 10_000) int basisPoints,
      @ForAll @IntRange(min = 1, max = 600) int freeMinutes,
      @ForAll @IntRange(min = 1, max = 5_000) int fixedCents) {
    Instant out = in.plusSeconds(seconds);
    List<Discount> discounts =
        List.of(
            new Discount.Percentage(basisPoints, null),
            new Discount.FreeTime(Duration.ofMinutes(freeMinutes), null),
            new Discount.FixedAmount(usd(fixedCents)));

    Charge c = downtown().charge(in, out, LA, discounts);

    assertThat(c.amount().minor()).isBetween(0L, c.undiscounted().minor());
    assertThat(c.undiscounted()).isEqualTo(downtown().charge(in, out, LA, List.of()).amount());
  }

  /** The reference: every increment walked one by one, priced by its local weekday. */
  private static long walk(Instant in, Instant out) {
    Tariff t = downtown();
    long total = 0;
    for (Instant day = in; day.isBefore(out); day = day.plus(Duration.ofDays(1))) {
      Instant end = day.plus(Duration.ofDays(1)).isBefore(out) ? day.plus(Duration.ofDays(1)) : out;
      long sum = 0;
      for (Instant s = day; s.isBefore(end); s = s.plus(t.increment())) {
        boolean weekend = t.weekendDays().contains(s.atZone(LA).getDayOfWeek());
        sum += weekend ? 75 : 100;
      }
      long cap = t.weekendDays().contains(day.atZone(LA).getDayOfWeek()) ? 1500 : 2400;
      total += Math.min(sum, cap);
    }
    return total;
  }
}
