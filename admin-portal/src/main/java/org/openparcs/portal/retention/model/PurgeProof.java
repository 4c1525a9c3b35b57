package org.openparcs.portal.retention.model;

import java.util.List;
import java.util.stream.Collectors;
import org.openparcs.policy.model.DataClass;
import org.openparcs.policy.model.Days;

/**
 * The audit record's text that proves a purge (POLICY R4): every class purged with its cut-off and
 * period, how many records went, how many were kept under legal hold, and the holds respected. The
 * audit trail itself is never purged (POLICY T2).
 */
public final class PurgeProof {

  private PurgeProof() {}

  public static String of(
      long runId, String trigger, List<ClassResult> results, List<LegalHold> holds) {
    String classes =
        results.stream()
            .map(
                r ->
                    r.dataClass().label()
                        + ": cut-off "
                        + r.cutoff().cutoff()
                        + " ("
                        + Days.text(r.cutoff().days())
                        + "), "
                        + r.done()
                        + " purged, "
                        + r.heldKept()
                        + " kept under legal hold")
            .collect(Collectors.joining("; "));
    String cases =
        holds.isEmpty()
            ? "no legal hold active"
            : holds.size()
                + " legal hold(s) respected (cases "
                + holds.stream()
                    .map(LegalHold::caseNumber)
                    .distinct()
                    .sorted()
                    .collect(Collectors.joining(", "))
                + ")";
    return "R4 purge run "
        + runId
        + " ("
        + trigger
        + "): "
        + classes
        + "; "
        + DataClass.AUDIT_RECORDS.label()
        + " and "
        + DataClass.LOGON_RECORDS.label()
        + ": never purged (kept at least 2 years, POLICY T2); "
        + cases;
  }
}
