package org.openparcs.controller.reconciliation.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.openparcs.controller.reconciliation.infrastructure.EvidenceDocument;
import org.openparcs.controller.reconciliation.model.FindingDisposition;
import org.openparcs.controller.reconciliation.model.RecordedFinding;

/** A finding as auditors see it; {@code amountAtRisk} in minor units of {@code currency}. */
@Serdeable
public record FindingView(
    String id,
    String rule,
    int control,
    String subject,
    String severity,
    long amountAtRisk,
    String currency,
    String summary,
    EvidenceDocument evidence,
    Instant occurredAt,
    Instant foundAt,
    String disposition,
    @Nullable List<DispositionView> history) {

  static FindingView of(RecordedFinding r, List<FindingDisposition> history) {
    var f = r.finding();
    return new FindingView(
        r.id().toString(),
        f.rule().name(),
        f.rule().control(),
        f.subject(),
        f.severity().name(),
        f.amountAtRisk().minor(),
        f.amountAtRisk().currency().getCurrencyCode(),
        f.summary(),
        EvidenceDocument.of(f.evidence()),
        f.occurredAt(),
        r.foundAt(),
        r.disposition().name(),
        history == null ? null : history.stream().map(DispositionView::of).toList());
  }

  /** One disposition an auditor recorded. */
  @Serdeable
  public record DispositionView(
      String id, String disposition, String note, String auditor, Instant recordedAt) {
    static DispositionView of(FindingDisposition d) {
      return new DispositionView(
          d.id().toString(), d.disposition().name(), d.note(), d.auditor(), d.recordedAt());
    }
  }
}
