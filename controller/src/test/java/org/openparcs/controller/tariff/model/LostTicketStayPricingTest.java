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

/**
 * A stay the operator recorded as a lost ticket at the exit (no entry found, issue 6) is charged
 * the lost-ticket fee of the tariff in effect, whatever its recorded entry says.
 */
class LostTicketStayPricingTest {

  private static final Tariff HOURLY = hourly();
  private static final StayPricing PRICING =
      new StayPricing(
          new TariffSchedule(List.of(new TariffVersion("h", la("2026-01-01T00:00"), HOURLY))),
          LA,
          USD);

  private static StayToQuote lostTicket(Instant openedAtExit, long paid) {
    return new StayToQuote(
        UUID.randomUUID(),
        new PlateText("9XYW777"),
        openedAtExit,
        null,
        null,
        null,
        List.of(),
        paid,
        true);
  }

  @Test
  void aLostTicketOpenedAtTheExitIsChargedTheFeeNotTheSecondsSince() {
    Instant now = la("2026-11-24T18:00");

    Quote q = PRICING.quote(lostTicket(now.minusSeconds(5), 0), now).orElseThrow();

    assertThat(q.charge().basis()).isEqualTo(ChargeBasis.LOST_TICKET);
    assertThat(q.amount()).isEqualTo(HOURLY.lostTicket().amount());
    assertThat(q.amount().isZero()).isFalse();
    assertThat(q.tariffVersion()).isEqualTo("h");
  }

  @Test
  void whatWasPaidTowardsTheFeeIsNotDueAgain() {
    Instant now = la("2026-11-24T18:00");
    long fee = HOURLY.lostTicket().amount().minor();

    Quote q = PRICING.quote(lostTicket(now.minusSeconds(5), fee - 100), now).orElseThrow();

    assertThat(q.due().minor()).isEqualTo(100);
  }

  @Test
  void aStayWithAKnownEntryIsStillChargedByTime() {
    Instant now = la("2026-11-24T10:30");
    StayToQuote known =
        new StayToQuote(
            UUID.randomUUID(),
            new PlateText("7ABC123"),
            la("2026-11-24T08:00"),
            null,
            null,
            null,
            List.of(),
            0);

    Quote q = PRICING.quote(known, now).orElseThrow();

    assertThat(known.lostTicket()).isFalse();
    assertThat(q.charge().basis()).isNotEqualTo(ChargeBasis.LOST_TICKET);
  }
}
