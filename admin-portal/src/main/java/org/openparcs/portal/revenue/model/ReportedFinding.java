package org.openparcs.portal.revenue.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.portal.garage.model.GarageId;

/**
 * A reconciliation finding as a garage reported it ({@code reconciliation_finding}).
 *
 * @param summary what was found, with every plate replaced by {@code [plate]} at the garage
 * @param plates the plates the finding names, empty when none or purged (POLICY R1)
 * @param evidence ids of the records it rests on, by kind (reads, decisions, gateEvents, sessions,
 *     payments, validations)
 * @param reportedDisposition the disposition the garage had when it reported the finding
 */
public record ReportedFinding(
    GarageId garage,
    UUID findingId,
    String rule,
    int control,
    String severity,
    long amountAtRiskMinor,
    String currency,
    String summary,
    List<String> plates,
    Map<String, List<String>> evidence,
    Instant occurredAt,
    Instant foundAt,
    String reportedDisposition) {

  public ReportedFinding {
    Objects.requireNonNull(garage, "garage");
    Objects.requireNonNull(findingId, "findingId");
    Objects.requireNonNull(rule, "rule");
    plates = plates == null ? List.of() : List.copyOf(plates);
    evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    reportedDisposition = reportedDisposition == null ? "OPEN" : reportedDisposition;
  }

  /** Its disposition now: the latest recorded one, or the one it was reported with. */
  public String currentDisposition(List<DispositionRecord> history) {
    return history.stream()
        .max(java.util.Comparator.comparing(DispositionRecord::recordedAt))
        .map(DispositionRecord::disposition)
        .orElse(reportedDisposition);
  }
}
