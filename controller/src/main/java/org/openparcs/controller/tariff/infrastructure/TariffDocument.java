package org.openparcs.controller.tariff.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.tariff.model.FlatRate;
import org.openparcs.controller.tariff.model.Tariff;
import org.openparcs.controller.tariff.model.TariffVersion;

/**
 * A tariff version as JSON: what the API accepts and shows, and what the database stores in {@code
 * tariff_version.rules}. Prices are whole minor units of {@code currency} (cents for USD).
 */
@Serdeable
public record TariffDocument(
    @NotBlank @Size(max = 64) String version,
    @NotNull Instant effectiveFrom,
    @NotBlank String currency,
    @Min(0) @Max(240) int graceMinutes,
    @Min(1) @Max(1440) int incrementMinutes,
    @Min(0) @Max(100_000_00) long incrementPrice,
    @Nullable @Min(0) @Max(100_000_00) Long weekendIncrementPrice,
    @Min(0) @Max(100_000_00) long dailyMax,
    @Nullable @Min(0) @Max(100_000_00) Long weekendDailyMax,
    @Nullable Set<DayOfWeek> weekendDays,
    @Nullable @Valid List<FlatRateDocument> flatRates,
    @Min(0) @Max(100_000_00) long lostTicketFee) {

  /** A flat rate (early bird, evening) as JSON; times are garage local times ("06:30"). */
  @Serdeable
  public record FlatRateDocument(
      @NotBlank String name,
      @Nullable Set<DayOfWeek> days,
      @NotNull LocalTime entryFrom,
      @NotNull LocalTime entryUntil,
      @NotNull LocalTime exitFrom,
      @NotNull LocalTime exitUntil,
      @Min(0) @Max(100_000_00) long price) {}

  /** The model's tariff version; throws IllegalArgumentException with a sentence when invalid. */
  public TariffVersion toModel() {
    Currency c = Money.currency(currency);
    List<FlatRate> rates =
        flatRates == null
            ? List.of()
            : flatRates.stream()
                .map(
                    f ->
                        new FlatRate(
                            f.name(),
                            f.days(),
                            f.entryFrom(),
                            f.entryUntil(),
                            f.exitFrom(),
                            f.exitUntil(),
                            Money.of(f.price(), c)))
                .toList();
    Tariff tariff =
        new Tariff(
            c,
            Duration.ofMinutes(graceMinutes),
            Duration.ofMinutes(incrementMinutes),
            Money.of(incrementPrice, c),
            weekendIncrementPrice == null ? null : Money.of(weekendIncrementPrice, c),
            Money.of(dailyMax, c),
            weekendDailyMax == null ? null : Money.of(weekendDailyMax, c),
            weekendDays,
            rates,
            Money.of(lostTicketFee, c));
    return new TariffVersion(version, effectiveFrom, tariff);
  }

  public static TariffDocument of(TariffVersion v) {
    Tariff t = v.tariff();
    List<FlatRateDocument> rates =
        t.flatRates().stream()
            .map(
                f ->
                    new FlatRateDocument(
                        f.name(),
                        f.days(),
                        f.entryFrom(),
                        f.entryUntil(),
                        f.exitFrom(),
                        f.exitUntil(),
                        f.price().minor()))
            .toList();
    return new TariffDocument(
        v.version(),
        v.effectiveFrom(),
        t.currency().getCurrencyCode(),
        (int) t.grace().toMinutes(),
        (int) t.increment().toMinutes(),
        t.incrementPrice().minor(),
        t.weekendIncrementPrice().minor(),
        t.dailyMax().minor(),
        t.weekendDailyMax().minor(),
        t.weekendDays(),
        rates,
        t.lostTicketFee().minor());
  }
}
