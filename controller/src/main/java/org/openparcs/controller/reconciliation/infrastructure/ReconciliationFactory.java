package org.openparcs.controller.reconciliation.infrastructure;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.reconciliation.application.BuildRevenueReport;
import org.openparcs.controller.reconciliation.application.Findings;
import org.openparcs.controller.reconciliation.application.PeriodRecords;
import org.openparcs.controller.reconciliation.application.PublishRevenueReport;
import org.openparcs.controller.reconciliation.application.ReconcilePeriod;
import org.openparcs.controller.reconciliation.application.RecordDisposition;
import org.openparcs.controller.reconciliation.application.RevenueFigures;
import org.openparcs.controller.reconciliation.model.ReconciliationRules;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.tariff.application.Tariffs;

@Factory
public class ReconciliationFactory {

  /** Threads the rule groups run on: one connection each, side by side. */
  @Singleton
  @Named("reconciliation")
  @Bean(preDestroy = "shutdown")
  ExecutorService reconciliationWorkers(ReconciliationSettings settings) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        settings.parallelism(),
        r -> {
          Thread t = new Thread(r, "reconciliation-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  @Singleton
  ReconcilePeriod reconcilePeriod(
      @Named("reconciliation") ExecutorService reconciliationWorkers,
      ReconciliationSettings settings,
      PeriodRecords records,
      Findings findings,
      Tariffs tariffs,
      Outbox outbox,
      Transactions tx,
      Clock clock,
      GarageLayout garage) {
    return new ReconcilePeriod(
        ReconciliationRules.groups(),
        reconciliationWorkers,
        settings.thresholds(),
        records,
        findings,
        tariffs,
        outbox,
        tx,
        clock,
        garage.timeZone(),
        garage.currency());
  }

  @Singleton
  BuildRevenueReport buildRevenueReport(
      RevenueFigures figures, Tariffs tariffs, Transactions tx, GarageLayout garage) {
    return new BuildRevenueReport(figures, tariffs, tx, garage.timeZone(), garage.currency());
  }

  @Singleton
  PublishRevenueReport publishRevenueReport(
      BuildRevenueReport build, Outbox outbox, Transactions tx, Clock clock) {
    return new PublishRevenueReport(build, outbox, tx, clock);
  }

  @Singleton
  RecordDisposition recordDisposition(
      Findings findings, Outbox outbox, Transactions tx, Clock clock) {
    return new RecordDisposition(findings, outbox, tx, clock);
  }
}
