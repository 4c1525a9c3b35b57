package org.openparcs.controller.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.bench.JdbcRowSink;
import org.openparcs.controller.bench.TrafficGenerator;
import org.openparcs.controller.bench.TrafficReport;
import org.openparcs.controller.reconciliation.application.Findings;
import org.openparcs.controller.reconciliation.application.ReconcilePeriod;
import org.openparcs.controller.reconciliation.model.Finding;
import org.openparcs.controller.reconciliation.model.ReconciliationRun;
import org.openparcs.controller.reconciliation.model.RecordedFinding;
import org.openparcs.controller.reconciliation.model.RuleCode;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.tariff.application.PublishTariff;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * Eight days of generated traffic with known frauds of every kind, in MariaDB: the reconciliation
 * finds every injected case and raises nothing on the clean traffic; a second run adds nothing.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationFindsInjectedFraudIT implements TestPropertyProvider {

  private final List<IoModuleSimulator> sims =
      IntStream.range(0, 4)
          .mapToObj(i -> IoModuleSimulator.start(SimulatedLane.standard("l" + i), 0))
          .toList();

  @Inject PooledDatabase database;
  @Inject PlateCipher cipher;
  @Inject PlateLookup lookup;
  @Inject PublishTariff publishTariff;
  @Inject ReconcilePeriod reconcile;
  @Inject Findings findings;
  @Inject Transactions tx;

  private TrafficReport traffic;
  private ReconciliationRun first;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = GeneratedGarage.lanes(sims);
    p.put("parcs.garage.id", "garage-gen");
    return p;
  }

  @BeforeAll
  void generateAndReconcile() throws Exception {
    publishTariff.publish(GeneratedGarage.tariff());
    try (Connection c = database.raw().getConnection()) {
      traffic =
          TrafficGenerator.generate(
              GeneratedGarage.plan("garage-gen", 150, 2, 42),
              new JdbcRowSink(c, 500, cipher, lookup));
    }
    first = reconcile.run(traffic.period(), ReconciliationRun.Trigger.ON_DEMAND);
    System.out.println(
        +traffic.injected() + " byRule=" + traffic.injectedByRule() + " run=" + first);
  }

  @AfterAll
  void stop() {
    sims.forEach(IoModuleSimulator::close);
  }

  @Test
  void everyKindOfFraudIsInjected() {
    assertThat(traffic.injectedByRule().keySet()).containsExactlyInAnyOrder(RuleCode.values());
  }

  @Test
  void everyInjectedCaseIsFound() {
    assertThat(traffic.missed(raised())).isEmpty();
  }

  @Test
  void cleanTrafficRaisesNoFinding() {
    List<String> falsePositives =
        raised().stream()
            .filter(f -> !traffic.isInjected(f))
            .map(f -> f.rule() + " " + f.subject() + ": " + f.summary())
            .collect(Collectors.toList());

    assertThat(falsePositives).isEmpty();
    assertThat(first.raised()).isEqualTo(traffic.injected());
  }

  @Test
  void aSecondRunOverThePeriodAddsNothingNew() {
    ReconciliationRun again = reconcile.run(traffic.period(), ReconciliationRun.Trigger.ON_DEMAND);

    assertThat(again.raised()).isEqualTo(first.raised());
    assertThat(again.newFindings()).isZero();
  }

  private List<Finding> raised() {
    List<Finding> all = new ArrayList<>();
    tx
        .readOnly(
            () ->
                findings.list(
                    traffic.period().from().minus(Duration.ofDays(60)),
                    traffic.period().to().plus(Duration.ofDays(60)),
                    null,
                    null,
                    100_000))
        .stream()
        .map(RecordedFinding::finding)
        .forEach(all::add);
    return all;
  }
}
