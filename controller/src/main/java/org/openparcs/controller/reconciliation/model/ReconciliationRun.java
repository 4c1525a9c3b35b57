package org.openparcs.controller.reconciliation.model;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.shared.model.Money;

/**
 * One reconciliation over a period.
 *
 * @param raised findings the rules raised, new or not
 * @param newFindings findings not raised by an earlier run
 * @param byRule raised findings per rule
 * @param atRisk amount at risk of all raised findings
 */
public record ReconciliationRun(
    UUID id,
    Period period,
    Trigger trigger,
    Instant startedAt,
    Instant finishedAt,
    int raised,
    int newFindings,
    Map<RuleCode, Integer> byRule,
    Money atRisk) {

  /** What started the run. */
  public enum Trigger {
    ON_DEMAND,
    NIGHTLY
  }

  public ReconciliationRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(atRisk, "atRisk");
    byRule = byRule.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byRule));
  }
}
