package org.openparcs.portal.sharing.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AlprAccess;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.sharing.model.SharedRead;
import org.openparcs.portal.sharing.model.SharingRequest;

/**
 * The file handed to the agency for a released request: its records while the export period lasts.
 * The download is audited with the agency's name (POLICY T4).
 */
public final class ExportSharedRecords {

  /** The request and its records. */
  public record Export(SharingRequest request, List<SharedRead> records) {}

  private final SharingRequests requests;
  private final SharedRecords records;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ExportSharedRecords(
      SharingRequests requests,
      SharedRecords records,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.requests = requests;
    this.records = records;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public Optional<Export> export(Actor actor, long requestId) {
    actor.require(Permission.MANAGE_SHARING);
    Optional<Export> export =
        unitOfWork.inTransaction(
            () ->
                requests
                    .lock(requestId)
                    .filter(r -> "RELEASED".equals(r.status()))
                    .map(r -> new Export(r, records.released(requestId))));
    export.ifPresent(
        e ->
            audit.record(
                new AuditEntry(
                    clock.instant(),
                    actor.username(),
                    e.request().agency().name(),
                    actor.ip(),
                    AuditAction.ALPR_EXPORT,
                    new AlprAccess(
                        "sharing-request",
                        "request=" + requestId,
                        e.request().form().caseNumber(),
                        e.request().form().crimeType()),
                    e.records().size()
                        + " shared record(s) exported for "
                        + e.request().agency().name())));
    return export;
  }
}
