package org.openparcs.portal.revenue.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.revenue.model.FindingDisposition;

/**
 * A revenue auditor records a disposition of a finding, with a note saying why. Kept as a history
 * (never edited) and written to the audit trail in the same transaction. A finding the user may not
 * see answers like one that does not exist (POLICY A6).
 */
public final class DisposeFinding {

  private final RevenueRecords records;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public DisposeFinding(
      RevenueRecords records, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.records = records;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** The problems with the form; empty when the disposition was recorded. */
  public List<String> dispose(
      Actor actor, GarageId garage, UUID findingId, String disposition, String note) {
    actor.require(Permission.DISPOSE_FINDINGS);
    if (!actor.sees(garage)
        || unitOfWork.reading(() -> records.finding(garage, findingId)).isEmpty()) {
      return List.of("no finding you may see has this id");
    }
    Optional<FindingDisposition> chosen = FindingDisposition.named(disposition);
    if (chosen.isEmpty() || chosen.get() == FindingDisposition.OPEN) {
      return List.of("choose a disposition other than OPEN");
    }
    String text = note == null ? "" : note.strip();
    if (text.isEmpty() || text.length() > 1000) {
      return List.of("say why, in 1 to 1000 characters");
    }
    Instant now = clock.instant();
    unitOfWork.inTransaction(
        () -> {
          records.recordDisposition(garage, findingId, chosen.get(), text, actor.username(), now);
          audit.record(
              actor.audited(
                  now,
                  AuditAction.FINDING_DISPOSED,
                  "finding "
                      + garage.value()
                      + "/"
                      + findingId
                      + ": "
                      + chosen.get().name()
                      + ": "
                      + text));
          return null;
        });
    return List.of();
  }
}
