package org.openparcs.controller.tariff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.tariff.model.Tariffs.LA;
import static org.openparcs.controller.tariff.model.Tariffs.downtown;
import static org.openparcs.controller.tariff.model.Tariffs.la;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The downtown tariff over a table of stays in Los Angeles local time (2026-11-23 is a Monday). */
class StayChargesTest {

  @ParameterizedTest(name = "{0} -> {1}: {2} cents ({3})")
  @CsvSource({
    // within and just past the grace period
    "2026-11-23T10:00, 2026-11-23T10:10, 0, GRACE",
    "2026-11-23T10:00, 2026-11-23T10:10:01, 100, TIME",
    // started increments
    "2026-11-23T10:00, 2026-11-23T10:15, 100, TIME",
    "2026-11-23T10:00, 2026-11-23T10:15:01, 200, TIME",
    "2026-11-23T10:00, 2026-11-23T12:00, 800, TIME",
    // the daily maximum
    "2026-11-23T10:00, 2026-11-23T16:00, 2400, TIME",
    "2026-11-23T10:00, 2026-11-23T23:00, 2400, TIME",
    // multi-day: each 24 hours from entry capped, then the remainder by increments
    "2026-11-23T10:00, 2026-11-24T10:00, 2400, TIME",
    "2026-11-23T10:00, 2026-11-24T11:00, 2800, TIME",
    "2026-11-23T10:00, 2026-11-26T10:30, 7400, TIME",
    // early bird: in 06:00-09:30, out 15:00-19:00 on weekdays
    "2026-11-23T08:00, 2026-11-23T17:00, 1200, FLAT_RATE",
    "2026-11-23T09:29, 2026-11-23T18:59, 1200, FLAT_RATE",
    "2026-11-23T09:30, 2026-11-23T17:00, 2400, TIME",
    "2026-11-23T08:00, 2026-11-23T19:00, 2400, TIME",
    "2026-11-23T08:00, 2026-11-23T10:00, 800, TIME",
    // evening: in after 17:00, out by 06:00 the next morning
    "2026-11-23T18:00, 2026-11-24T05:59, 800, FLAT_RATE",
    "2026-11-23T18:00, 2026-11-24T06:00, 2400, TIME",
    "2026-11-23T18:00, 2026-11-23T19:00, 400, TIME",
    // weekend prices: Saturday 2026-11-28
    "2026-11-28T10:00, 2026-11-28T12:00, 600, TIME",
    "2026-11-28T10:00, 2026-11-28T20:00, 1500, TIME",
    // Friday evening into Saturday: increments priced by the day they start on
    "2026-11-27T23:00, 2026-11-28T01:00, 700, TIME",
    // early bird is not offered at weekends
    "2026-11-28T08:00, 2026-11-28T17:00, 1500, TIME"
  })
  void chargesTheStay(String in, String out, long cents, ChargeBasis basis) {
    Charge charge = downtown().charge(la(in), la(out), LA, List.of());

    assertThat(charge.amount().minor()).isEqualTo(cents);
    assertThat(charge.basis()).isEqualTo(basis);
  }
}
