package org.openparcs.controller.reconciliation.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.openparcs.controller.shared.model.Money;

/**
 * Something a reconciliation rule found: what, how serious, how much money is at risk, and the
 * records that show it.
 *
 * @param subject what the finding is about, unique per rule (a session id, a gate event id, a
 *     cashier and day): a second run over the same period raises nothing new for the same subject
 * @param occurredAt when the thing found happened (not when it was found)
 * @param plates the plates the summary names (none for findings about money or devices only)
 */
public record Finding(
    RuleCode rule,
    String subject,
    Severity severity,
    Money amountAtRisk,
    String summary,
    Evidence evidence,
    Instant occurredAt,
    List<String> plates) {

  /** A finding that names no plate. */
  public Finding(
      RuleCode rule,
      String subject,
      Severity severity,
      Money amountAtRisk,
      String summary,
      Evidence evidence,
      Instant occurredAt) {
    this(rule, subject, severity, amountAtRisk, summary, evidence, occurredAt, List.of());
  }

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
    plates =
        plates == null
            ? List.of()
            : plates.stream().filter(p -> p != null && !p.isBlank()).distinct().toList();
  }

  /** The same finding, naming the plates its summary mentions. */
  public Finding withPlates(String... named) {
    return new Finding(
        rule,
        subject,
        severity,
        amountAtRisk,
        summary,
        evidence,
        occurredAt,
        java.util.Arrays.asList(named));
  }

  /**
   * The summary with each named plate replaced by {@code [plate]}: what leaves the garage, so the
   * portal shows plates only where a finding needs them and purges them with the session's plate
   * fields (POLICY A5, R1).
   */
  public String summaryWithoutPlates() {
    String text = summary;
    for (String plate : plates.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
      text = text.replace(plate, "[plate]");
    }
    return text;
  }
}
