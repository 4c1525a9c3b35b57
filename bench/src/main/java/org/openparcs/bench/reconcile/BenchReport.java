package org.openparcs.bench.reconcile;

import io.micronaut.context.ApplicationContext;
import java.util.List;
import org.openparcs.controller.bench.GarageRows.Table;
import org.openparcs.controller.bench.TrafficReport;
import org.openparcs.controller.reconciliation.application.Findings;
import org.openparcs.controller.reconciliation.model.Finding;
import org.openparcs.controller.reconciliation.model.ReconciliationRun;
import org.openparcs.controller.reconciliation.model.RecordedFinding;
import org.openparcs.controller.shared.application.Transactions;

/** The benchmark's table and its last line. */
final class BenchReport {

  private BenchReport() {}

  static void print(
      TrafficReport traffic,
      ReconciliationRun run,
      double seconds,
      double loadSeconds,
      RuleTimes times,
      ApplicationContext ctx) {
    List<Finding> found =
        ctx
            .getBean(Transactions.class)
            .readOnly(
                () ->
                    ctx.getBean(Findings.class)
                        .list(
                            traffic.period().from().minusSeconds(90L * 86_400),
                            traffic.period().to().plusSeconds(90L * 86_400),
                            null,
                            null,
                            1_000_000))
            .stream()
            .map(RecordedFinding::finding)
            .toList();
    long matched = found.stream().filter(traffic::isInjected).count();
    long falsePositives = found.size() - matched;
    System.out.println();
    System.out.println(
        "Reconcile one garage-month ("
            + traffic.period().from()
            + " .. "
            + traffic.period().to()
            + ")");
    for (Table t : Table.values()) {
      System.out.printf("  %-22s %,12d rows%n", t.tableName(), traffic.rows(t));
    }
    System.out.printf("  load (untimed)         %.1f s%n", loadSeconds);
    System.out.printf("  reconcile              %.2f s (all rules, findings stored)%n", seconds);
    times.seconds().forEach((rule, s) -> System.out.printf("    %-55s %6.2f s%n", rule, s));
    System.out.printf("  findings raised        %d (%s)%n", run.raised(), run.byRule());
    System.out.printf(
        "  injected / found       %d / %d, missed %s%n",
        traffic.injected(), matched, traffic.missed(found));
    System.out.printf("  false positives        %d%n", falsePositives);
    System.out.printf(
        "sessions=%d payments=%d seconds=%.2f injected=%d found=%d false_positives=%d%n",
        traffic.rows(Table.PARKING_SESSION),
        traffic.rows(Table.PAYMENT),
        seconds,
        traffic.injected(),
        matched,
        falsePositives);
  }
}
