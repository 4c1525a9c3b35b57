package org.openparcs.controller.tariff.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.tariff.model.StayPricing;
import org.openparcs.controller.tariff.model.StayToQuote;

/**
 * Pay by plate: the fee due now for the vehicle with this plate, by the tariff version in effect
 * when it entered. Quoting changes nothing; the payment records the quote it settles.
 */
public final class QuoteFee {

  private final StaysInside stays;
  private final Tariffs tariffs;
  private final ZoneId zone;
  private final Currency currency;
  private final Transactions tx;
  private final Clock clock;

  public QuoteFee(
      StaysInside stays,
      Tariffs tariffs,
      ZoneId zone,
      Currency currency,
      Transactions tx,
      Clock clock) {
    this.stays = stays;
    this.tariffs = tariffs;
    this.zone = zone;
    this.currency = currency;
    this.tx = tx;
    this.clock = clock;
  }

  public QuoteOutcome quote(PlateText plate) {
    Instant now = clock.instant();
    return tx.readOnly(
        () -> {
          Optional<StayToQuote> stay = stays.openStayOf(plate);
          if (stay.isEmpty()) {
            return new QuoteOutcome.NotInside(plate);
          }
          StayPricing pricing = new StayPricing(tariffs.schedule(), zone, currency);
          return pricing
              .quote(stay.get(), now)
              .<QuoteOutcome>map(QuoteOutcome.Quoted::new)
              .orElseGet(() -> new QuoteOutcome.NoTariff(plate, stay.get().enteredAt()));
        });
  }
}
