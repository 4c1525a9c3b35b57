package org.openparcs.controller.reconciliation.application;

import java.time.Clock;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.reconciliation.model.RevenueReport;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.shared.application.Transactions;

/** Builds a period's revenue report and sends it to the portal (its revenue pages). */
public final class PublishRevenueReport {

  private final BuildRevenueReport build;
  private final Outbox outbox;
  private final Transactions tx;
  private final Clock clock;

  public PublishRevenueReport(
      BuildRevenueReport build, Outbox outbox, Transactions tx, Clock clock) {
    this.build = build;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
  }

  public RevenueReport publish(Period period) {
    RevenueReport report = build.report(period);
    tx.inTransaction(
        () -> {
          outbox.append(new GarageEvent.RevenueReported(report), clock.instant());
          return null;
        });
    return report;
  }
}
