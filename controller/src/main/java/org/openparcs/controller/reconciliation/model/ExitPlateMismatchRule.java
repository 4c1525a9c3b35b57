package org.openparcs.controller.reconciliation.model;

import java.util.List;

/**
 * Control 5: the session was closed by an exit read of another plate than the one that entered. One
 * character apart is most likely a misread (low); more is a credential used by another vehicle
 * (high; at risk the stay's fee).
 */
public final class ExitPlateMismatchRule implements ReconciliationRule {

  @Override
  public String name() {
    return "exit plate differs from entry plate";
  }

  @Override
  public List<Finding> evaluate(GarageRecords records, RuleContext c) {
    return records.exitPlateMismatches(c.period()).stream()
        .map(
            m -> {
              boolean misread = editDistance(m.entryPlate(), m.exitPlate()) <= 1;
              return new Finding(
                      RuleCode.EXIT_PLATE_MISMATCH,
                      m.sessionId().toString(),
                      misread ? Severity.LOW : Severity.HIGH,
                      misread
                          ? c.zero()
                          : Fees.stay(c, m.tariffVersion(), m.enteredAt(), m.exitedAt(), List.of()),
                      "entered as "
                          + m.entryPlate()
                          + ", left as "
                          + m.exitPlate()
                          + (misread ? " (one character apart: likely a misread)" : ""),
                      Evidence.builder()
                          .session(m.sessionId())
                          .decision(m.exitDecisionId())
                          .read(m.exitReadId())
                          .build(),
                      m.exitedAt())
                  .withPlates(m.entryPlate(), m.exitPlate());
            })
        .toList();
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
