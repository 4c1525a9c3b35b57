package org.openparcs.controller.bench;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.openparcs.controller.reconciliation.model.Finding;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.reconciliation.model.RuleCode;

/** What the generator wrote and which findings its injected frauds must raise. */
public final class TrafficReport {

  private final Period period;
  private final Set<String> expected = new HashSet<>();
  private final Map<RuleCode, Integer> injected = new EnumMap<>(RuleCode.class);
  private final Map<GarageRows.Table, Long> rows = new EnumMap<>(GarageRows.Table.class);

  TrafficReport(Period period) {
    this.period = period;
  }

  /** The reconciliation period the traffic covers: its whole local days. */
  public Period period() {
    return period;
  }

  void expect(RuleCode rule, String subject) {
    if (expected.add(key(rule, subject))) {
      injected.merge(rule, 1, Integer::sum);
    }
  }

  void counted(GarageRows.Table table) {
    rows.merge(table, 1L, Long::sum);
  }

  /** Injected cases: findings the reconciliation must raise. */
  public int injected() {
    return expected.size();
  }

  public Map<RuleCode, Integer> injectedByRule() {
    return Collections.unmodifiableMap(injected);
  }

  public long rows(GarageRows.Table table) {
    return rows.getOrDefault(table, 0L);
  }

  /** Whether a finding is one of the injected cases. */
  public boolean isInjected(Finding f) {
    return expected.contains(key(f.rule(), f.subject()));
  }

  /** Injected cases no finding in {@code findings} matched. */
  public Set<String> missed(Iterable<Finding> findings) {
    Set<String> missing = new HashSet<>(expected);
    findings.forEach(f -> missing.remove(key(f.rule(), f.subject())));
    return missing;
  }

  Instant start() {
    return period.from();
  }

  private static String key(RuleCode rule, String subject) {
    return rule.name() + "|" + subject;
  }
}
