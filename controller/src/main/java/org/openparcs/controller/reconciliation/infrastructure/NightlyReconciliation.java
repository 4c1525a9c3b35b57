package org.openparcs.controller.reconciliation.infrastructure;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.reconciliation.application.PublishRevenueReport;
import org.openparcs.controller.reconciliation.application.ReconcilePeriod;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.reconciliation.model.ReconciliationRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every night: reconciles the previous garage-local day and sends its revenue report to the portal.
 * A failure is logged and retried the next night (the run over the same day is idempotent; an
 * on-demand run can cover a missed day).
 */
@Singleton
@Requires(property = "parcs.reconciliation.nightly", notEquals = "false")
public class NightlyReconciliation {

  private static final Logger LOG = LoggerFactory.getLogger(NightlyReconciliation.class);

  private final ReconcilePeriod reconcile;
  private final PublishRevenueReport revenue;
  private final ZoneId zone;
  private final Clock clock;

  public NightlyReconciliation(
      ReconcilePeriod reconcile, PublishRevenueReport revenue, GarageLayout garage, Clock clock) {
    this.reconcile = reconcile;
    this.revenue = revenue;
    this.zone = garage.timeZone();
    this.clock = clock;
  }

  @Scheduled(cron = "${parcs.reconciliation.nightly-cron:0 30 3 * * *}")
  void yesterday() {
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    Period day =
        new Period(
            today.minusDays(1).atStartOfDay(zone).toInstant(),
            today.atStartOfDay(zone).toInstant());
    try {
      ReconciliationRun run = reconcile.run(day, ReconciliationRun.Trigger.NIGHTLY);
      revenue.publish(day);
      LOG.info(
          "Nightly reconciliation of {}: {} findings, {} new",
          today.minusDays(1),
          run.raised(),
          run.newFindings());
    } catch (RuntimeException e) {
      LOG.error("Nightly reconciliation of {} failed: {}", today.minusDays(1), e.toString());
    }
  }
}
