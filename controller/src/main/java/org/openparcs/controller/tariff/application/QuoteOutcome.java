package org.openparcs.controller.tariff.application;

import java.time.Instant;
import java.util.function.Function;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.tariff.model.Quote;

/** What a driver at a kiosk learns when they type their plate. */
public sealed interface QuoteOutcome {

  /** Exhaustive handling of every outcome (Java 17 has no pattern switch). */
  <T> T match(
      Function<Quoted, T> quoted, Function<NotInside, T> notInside, Function<NoTariff, T> noTariff);

  record Quoted(Quote quote) implements QuoteOutcome {
    @Override
    public <T> T match(
        Function<Quoted, T> quoted,
        Function<NotInside, T> notInside,
        Function<NoTariff, T> noTariff) {
      return quoted.apply(this);
    }
  }

  /** No open session for the plate. */
  record NotInside(PlateText plate) implements QuoteOutcome {
    @Override
    public <T> T match(
        Function<Quoted, T> quoted,
        Function<NotInside, T> notInside,
        Function<NoTariff, T> noTariff) {
      return notInside.apply(this);
    }
  }

  /** The vehicle is inside but no tariff was in effect when it entered. */
  record NoTariff(PlateText plate, Instant enteredAt) implements QuoteOutcome {
    @Override
    public <T> T match(
        Function<Quoted, T> quoted,
        Function<NotInside, T> notInside,
        Function<NoTariff, T> noTariff) {
      return noTariff.apply(this);
    }
  }
}
