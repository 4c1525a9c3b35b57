package org.openparcs.controller.reconciliation.model;

import java.time.Instant;
import java.util.Objects;
import org.openparcs.controller.shared.model.Money;

/**
 * Something a reconciliation rule found: what, how serious, how much money is at risk, and the
 * records that show it.
 *
 * @param subject what the finding is about, unique per rule (a session id, a gate event id, a
 *     cashier and day): a second run over the same period raises nothing new for the same subject
 * @param occurredAt when the thing found happened (not when it was found)
 */
public record Finding(
    RuleCode rule,
    String subject,
    Severity severity,
    Money amountAtRisk,
    String summary,
    Evidence evidence,
    Instant occurredAt) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(amountAtRisk, "amountAtRisk");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if (subject == null || subject.isBlank() || subject.length() > 200) {
      throw new IllegalArgumentException("a finding names its subject in 1-200 characters");
    }
    if (summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("a finding says what was found");
    }
    summary = summary.length() > 500 ? summary.substring(0, 497) + "..." : summary;
    if (amountAtRisk.isNegative()) {
      throw new IllegalArgumentException("the amount at risk cannot be negative");
    }
  }
}
