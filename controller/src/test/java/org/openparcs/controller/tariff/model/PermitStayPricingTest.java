package org.openparcs.controller.tariff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.tariff.model.Tariffs.LA;
import static org.openparcs.controller.tariff.model.Tariffs.USD;
import static org.openparcs.controller.tariff.model.Tariffs.hourly;
import static org.openparcs.controller.tariff.model.Tariffs.la;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.plate.model.PlateText;

/** Permit holders pay nothing within their permit; time past its end is charged. */
class PermitStayPricingTest {

  private static final StayPricing PRICING =
      new StayPricing(
          new TariffSchedule(List.of(new TariffVersion("h", la("2026-01-01T00:00"), hourly()))),
          LA,
          USD);

  private static StayToQuote stay(UUID permit, Instant validTo) {
    return new StayToQuote(
        UUID.randomUUID(),
        new PlateText("7ABC123"),
        la("2026-11-24T08:00"),
        null,
        permit,
        validTo,
        List.of(),
        0);
  }

  @Test
  void aPermitHolderWithinThePermitPaysNothing() {
    Quote q =
        PRICING
            .quote(stay(UUID.randomUUID(), la("2026-12-01T00:00")), la("2026-11-24T18:00"))
            .orElseThrow();

    assertThat(q.amount().isZero()).isTrue();
    assertThat(q.charge().basis()).isEqualTo(ChargeBasis.PERMIT);
    assertThat(q.tariffVersion()).isEqualTo("h");
  }

  @Test
  void timePastThePermitsEndIsChargedFromTheEnd() {
    Quote q =
        PRICING
            .quote(stay(UUID.randomUUID(), la("2026-11-24T16:00")), la("2026-11-24T18:30"))
            .orElseThrow();

    assertThat(q.amount().minor()).isEqualTo(3 * 400);
  }

  @Test
  void whatWasAlreadyPaidIsNotDueAgain() {
    StayToQuote paid =
        new StayToQuote(
            UUID.randomUUID(),
            new PlateText("PAID1"),
            la("2026-11-24T08:00"),
            null,
            null,
            null,
            List.of(),
            800);

    Quote q = PRICING.quote(paid, la("2026-11-24T10:30")).orElseThrow();

    assertThat(q.amount().minor()).isEqualTo(1200);
    assertThat(q.due().minor()).isEqualTo(400);
  }

  @Test
  void aVisitorPaysTheWholeStay() {
    Quote q = PRICING.quote(stay(null, null), la("2026-11-24T10:30")).orElseThrow();

    assertThat(q.amount().minor()).isEqualTo(3 * 400);
    assertThat(q.charge().basis()).isEqualTo(ChargeBasis.TIME);
  }

  @Test
  void aVisitorWhoEnteredBeforeAnyTariffCannotBeQuoted() {
    StayToQuote early =
        new StayToQuote(
            UUID.randomUUID(),
            new PlateText("OLD1"),
            la("2025-06-01T08:00"),
            null,
            null,
            null,
            List.of(),
            0);

    assertThat(PRICING.quote(early, la("2025-06-01T09:00"))).isEmpty();
  }
}
