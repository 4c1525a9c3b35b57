package org.openparcs.bench.reconcile;

import io.micronaut.context.ApplicationContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.reconciliation.application.PeriodRecords;
import org.openparcs.controller.reconciliation.infrastructure.ReconciliationSettings;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.reconciliation.model.ReconciliationRule;
import org.openparcs.controller.reconciliation.model.ReconciliationRules;
import org.openparcs.controller.reconciliation.model.RuleContext;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.tariff.application.Tariffs;
import org.openparcs.controller.tariff.model.StayPricing;

/** Each rule run alone over the period (after the timed run): where the time goes. */
record RuleTimes(Map<String, Double> seconds) {

  static RuleTimes measure(ApplicationContext ctx, Period period) {
    GarageLayout garage = ctx.getBean(GarageLayout.class);
    Transactions tx = ctx.getBean(Transactions.class);
    StayPricing pricing =
        new StayPricing(
            tx.readOnly(() -> ctx.getBean(Tariffs.class).schedule()),
            garage.timeZone(),
            garage.currency());
    RuleContext context =
        new RuleContext(
            period,
            ctx.getBean(ReconciliationSettings.class).thresholds(),
            pricing,
            garage.currency(),
            garage.timeZone());
    Map<String, Double> times = new LinkedHashMap<>();
    for (ReconciliationRule rule : ReconciliationRules.all()) {
      long start = System.nanoTime();
      ctx.getBean(PeriodRecords.class).read(r -> rule.evaluate(r, context));
      times.put(rule.name(), (System.nanoTime() - start) / 1e9);
    }
    return new RuleTimes(times);
  }
}
