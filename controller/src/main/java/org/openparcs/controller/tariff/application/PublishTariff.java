package org.openparcs.controller.tariff.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.tariff.model.TariffSchedule;
import org.openparcs.controller.tariff.model.TariffVersion;

/**
 * Publishes a new tariff version. Prices are never changed retroactively: a version takes effect no
 * earlier than now and after every version already published. Only the garage's first version may
 * take effect in the past (there was nothing to charge by before it).
 */
public final class PublishTariff {

  private final Tariffs tariffs;
  private final Outbox outbox;
  private final Currency garageCurrency;
  private final Transactions tx;
  private final Clock clock;

  public PublishTariff(
      Tariffs tariffs, Outbox outbox, Currency garageCurrency, Transactions tx, Clock clock) {
    this.tariffs = tariffs;
    this.outbox = outbox;
    this.garageCurrency = garageCurrency;
    this.tx = tx;
    this.clock = clock;
  }

  public TariffVersion publish(TariffVersion version) {
    if (!version.tariff().currency().equals(garageCurrency)) {
      throw new IllegalArgumentException(
          "this garage charges in "
              + garageCurrency.getCurrencyCode()
              + ", not in "
              + version.tariff().currency().getCurrencyCode());
    }
    return tx.inTransaction(
        () -> {
          TariffSchedule schedule = tariffs.schedule();
          if (tariffs.named(version.version()).isPresent()) {
            throw new TariffConflictException(
                "tariff version '"
                    + version.version()
                    + "' is already published; publish a new"
                    + " version instead of changing it");
          }
          if (!schedule.versions().isEmpty()) {
            requireFuture(version, schedule, clock.instant());
          }
          tariffs.publish(version);
          outbox.append(new GarageEvent.TariffPublished(version), clock.instant());
          return version;
        });
  }

  private static void requireFuture(TariffVersion v, TariffSchedule schedule, Instant now) {
    Instant latest = schedule.versions().get(schedule.versions().size() - 1).effectiveFrom();
    if (v.effectiveFrom().isBefore(now) || !v.effectiveFrom().isAfter(latest)) {
      throw new TariffConflictException(
          "a new tariff version must take effect in the future and after "
              + latest
              + ": prices are never changed retroactively");
    }
  }
}
