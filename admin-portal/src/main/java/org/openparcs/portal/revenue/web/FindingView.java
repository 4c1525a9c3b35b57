package org.openparcs.portal.revenue.web;

import java.util.List;
import java.util.Map;
import org.openparcs.portal.revenue.application.ListFindings;
import org.openparcs.portal.revenue.application.ShowFinding;
import org.openparcs.portal.revenue.model.DispositionRecord;
import org.openparcs.portal.revenue.model.ReportedFinding;

/** A finding as the pages show it: never a plate unless {@link ShowFinding} released it. */
record FindingView(
    String garage,
    String id,
    String rule,
    int control,
    String severity,
    String amountAtRisk,
    String summary,
    String occurredAt,
    String foundAt,
    String disposition,
    Map<String, List<String>> evidence,
    List<String> plates,
    String platesWithheld,
    List<DispositionRecord> history) {

  static FindingView listed(ListFindings.Listed l) {
    return of(l.finding(), l.disposition(), List.of(), null, List.of());
  }

  static FindingView shown(ShowFinding.Shown s) {
    return of(s.finding(), s.disposition(), s.plates(), s.platesWithheld(), s.history());
  }

  private static FindingView of(
      ReportedFinding f,
      String disposition,
      List<String> plates,
      String withheld,
      List<DispositionRecord> history) {
    return new FindingView(
        f.garage().value(),
        f.findingId().toString(),
        f.rule(),
        f.control(),
        f.severity(),
        Amounts.of(f.amountAtRiskMinor(), f.currency()),
        f.summary(),
        String.valueOf(f.occurredAt()),
        String.valueOf(f.foundAt()),
        disposition,
        f.evidence(),
        plates,
        withheld,
        history);
  }
}
