package org.openparcs.controller.tariff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.tariff.model.Tariffs.LA;
import static org.openparcs.controller.tariff.model.Tariffs.downtown;
import static org.openparcs.controller.tariff.model.Tariffs.hourly;
import static org.openparcs.controller.tariff.model.Tariffs.la;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The new hourly tariff takes effect at 2026-12-01 00:00 local time; downtown applied before. */
class StaysAcrossTariffChangesTest {

  private static final Instant CHANGE = la("2026-12-01T00:00");
  private static final TariffSchedule SCHEDULE =
      new TariffSchedule(
          List.of(
              new TariffVersion("2026-12", CHANGE, hourly()),
              new TariffVersion("2026-01", la("2026-01-01T00:00"), downtown())));

  @Test
  void aStayThatEnteredBeforeTheChangeIsChargedByTheOldVersionToTheEnd() {
    Instant in = la("2026-11-30T22:00");
    Instant out = la("2026-12-01T01:00");

    TariffVersion version = SCHEDULE.forStay(null, in).orElseThrow();

    assertThat(version.version()).isEqualTo("2026-01");
    assertThat(version.tariff().charge(in, out, LA, List.of()).amount().minor())
        .as("evening flat rate of the old tariff")
        .isEqualTo(800);
  }

  @Test
  void aStayThatEnteredAtTheChangeIsChargedByTheNewVersion() {
    assertThat(SCHEDULE.forStay(null, CHANGE).orElseThrow().version()).isEqualTo("2026-12");
  }

  @Test
  void aVersionPinnedOnTheSessionWinsOverTheDates() {
    assertThat(SCHEDULE.forStay("2026-12", la("2026-11-01T00:00")).orElseThrow().version())
        .isEqualTo("2026-12");
  }

  @Test
  void nothingIsInEffectBeforeTheFirstVersion() {
    assertThat(SCHEDULE.inEffectAt(la("2025-06-01T00:00"))).isEmpty();
  }
}
