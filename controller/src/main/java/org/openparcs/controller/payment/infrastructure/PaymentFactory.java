package org.openparcs.controller.payment.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.payment.application.PaidSessions;
import org.openparcs.controller.payment.application.PaymentPlanner;
import org.openparcs.controller.payment.application.Payments;
import org.openparcs.controller.payment.application.RecordPayment;
import org.openparcs.controller.payment.application.RecordValidation;
import org.openparcs.controller.payment.application.Validations;
import org.openparcs.controller.payment.model.PaymentLimits;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.tariff.application.StaysInside;
import org.openparcs.controller.tariff.application.Tariffs;

@Factory
public class PaymentFactory {

  @Singleton
  RecordPayment recordPayment(
      GarageLayout garage,
      Payments payments,
      PaidSessions sessions,
      StaysInside stays,
      Tariffs tariffs,
      PaymentSettings settings,
      Outbox outbox,
      Transactions tx,
      Clock clock) {
    PaymentLimits limits =
        new PaymentLimits(
            Money.of(settings.maxAmount(), garage.currency()),
            settings.maxAge(),
            settings.maxClockSkew());
    PaymentPlanner planner =
        new PaymentPlanner(payments, sessions, stays, tariffs, garage.timeZone());
    return new RecordPayment(garage, payments, planner, limits, outbox, tx, clock);
  }

  @Singleton
  RecordValidation recordValidation(
      StaysInside stays, Validations validations, Transactions tx, Clock clock) {
    return new RecordValidation(stays, validations, tx, clock);
  }
}
