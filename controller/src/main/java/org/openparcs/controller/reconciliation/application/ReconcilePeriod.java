package org.openparcs.controller.reconciliation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.openparcs.controller.reconciliation.model.Disposition;
import org.openparcs.controller.reconciliation.model.Finding;
import org.openparcs.controller.reconciliation.model.GarageRecords;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.reconciliation.model.ReconciliationRule;
import org.openparcs.controller.reconciliation.model.ReconciliationRun;
import org.openparcs.controller.reconciliation.model.RecordedFinding;
import org.openparcs.controller.reconciliation.model.RuleCode;
import org.openparcs.controller.reconciliation.model.RuleContext;
import org.openparcs.controller.reconciliation.model.Thresholds;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.shared.model.TimeOrderedId;
import org.openparcs.controller.tariff.application.Tariffs;
import org.openparcs.controller.tariff.model.StayPricing;

/**
 * Runs every reconciliation rule over a period, stores the findings no earlier run raised, and
 * reports them and the run to the portal.
 */
public final class ReconcilePeriod {

  private final List<List<ReconciliationRule>> groups;
  private final Executor executor;
  private final Thresholds thresholds;
  private final PeriodRecords records;
  private final Findings findings;
  private final Tariffs tariffs;
  private final Outbox outbox;
  private final Transactions tx;
  private final Clock clock;
  private final ZoneId zone;
  private final Currency currency;

  /**
   * @param groups the rules in groups; each group reads its own consistent view, and the groups run
   *     side by side on {@code executor}
   */
  public ReconcilePeriod(
      List<List<ReconciliationRule>> groups,
      Executor executor,
      Thresholds thresholds,
      PeriodRecords records,
      Findings findings,
      Tariffs tariffs,
      Outbox outbox,
      Transactions tx,
      Clock clock,
      ZoneId zone,
      Currency currency) {
    this.groups = groups.stream().map(List::copyOf).toList();
    this.executor = executor;
    this.thresholds = thresholds;
    this.records = records;
    this.findings = findings;
    this.tariffs = tariffs;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
    this.zone = zone;
    this.currency = currency;
  }

  public ReconciliationRun run(Period period, ReconciliationRun.Trigger trigger) {
    Instant started = clock.instant();
    StayPricing pricing = new StayPricing(tx.readOnly(tariffs::schedule), zone, currency);
    RuleContext context = new RuleContext(period, thresholds, pricing, currency, zone);
    List<CompletableFuture<List<Finding>>> parts = new ArrayList<>();
    for (List<ReconciliationRule> group : groups) {
      parts.add(
          CompletableFuture.supplyAsync(
              () -> records.read(r -> evaluate(group, r, context)), executor));
    }
    List<Finding> raised = new ArrayList<>();
    for (CompletableFuture<List<Finding>> part : parts) {
      raised.addAll(join(part));
    }
    return tx.inTransaction(() -> store(period, trigger, started, raised));
  }

  private static List<Finding> evaluate(
      List<ReconciliationRule> group, GarageRecords records, RuleContext context) {
    List<Finding> found = new ArrayList<>();
    for (ReconciliationRule rule : group) {
      found.addAll(rule.evaluate(records, context));
    }
    return found;
  }

  /** The group's findings; its failure as thrown (a database failure stays one). */
  private static List<Finding> join(CompletableFuture<List<Finding>> part) {
    try {
      return part.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private ReconciliationRun store(
      Period period, ReconciliationRun.Trigger trigger, Instant started, List<Finding> raised) {
    Instant finished = clock.instant();
    UUID runId = TimeOrderedId.at(started);
    Map<RuleCode, Integer> byRule = new EnumMap<>(RuleCode.class);
    Money atRisk = Money.zero(currency);
    for (Finding f : raised) {
      byRule.merge(f.rule(), 1, Integer::sum);
      atRisk = atRisk.plus(f.amountAtRisk());
    }
    List<RecordedFinding> fresh = new ArrayList<>();
    ReconciliationRun provisional =
        new ReconciliationRun(
            runId, period, trigger, started, finished, raised.size(), 0, byRule, atRisk);
    findings.saveRun(provisional);
    for (Finding f : raised) {
      RecordedFinding recorded =
          new RecordedFinding(TimeOrderedId.at(finished), runId, f, finished, Disposition.OPEN);
      if (findings.addIfNew(recorded)) {
        fresh.add(recorded);
        outbox.append(new GarageEvent.FindingRaised(recorded), finished);
      }
    }
    ReconciliationRun run =
        new ReconciliationRun(
            runId, period, trigger, started, finished, raised.size(), fresh.size(), byRule, atRisk);
    findings.saveRun(run);
    outbox.append(new GarageEvent.ReconciliationCompleted(run), finished);
    return run;
  }
}
