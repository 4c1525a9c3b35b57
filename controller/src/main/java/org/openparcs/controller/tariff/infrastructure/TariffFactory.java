package org.openparcs.controller.tariff.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.tariff.application.PublishTariff;
import org.openparcs.controller.tariff.application.QuoteFee;
import org.openparcs.controller.tariff.application.StaysInside;
import org.openparcs.controller.tariff.application.Tariffs;

@Factory
public class TariffFactory {

  @Singleton
  PublishTariff publishTariff(
      Tariffs tariffs, Outbox outbox, GarageLayout garage, Transactions tx, Clock clock) {
    return new PublishTariff(tariffs, outbox, garage.currency(), tx, clock);
  }

  @Singleton
  QuoteFee quoteFee(
      StaysInside stays, Tariffs tariffs, GarageLayout garage, Transactions tx, Clock clock) {
    return new QuoteFee(stays, tariffs, garage.timeZone(), garage.currency(), tx, clock);
  }
}
