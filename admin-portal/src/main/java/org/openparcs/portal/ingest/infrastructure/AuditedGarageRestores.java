package org.openparcs.portal.ingest.infrastructure;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.ingest.application.GarageRestores;
import org.openparcs.portal.ingest.model.GarageEvent;

/**
 * A garage's restore in the audit trail: "R1 garage G restored backup X taken at T, N purge/hold
 * decision(s) re-applied: ..." ({@link AuditAction#GARAGE_BACKUP_RESTORED}).
 */
final class AuditedGarageRestores implements GarageRestores {

  private final RecordAuditEntry audit;
  private final JsonMapper json;

  AuditedGarageRestores(RecordAuditEntry audit, JsonMapper json) {
    this.audit = audit;
    this.json = json;
  }

  @Override
  public void reported(GarageId garage, GarageEvent event, Instant receivedAt) {
    Map<?, ?> p;
    try {
      p = json.readValue(event.payloadJson(), Map.class);
    } catch (IOException e) {
      p = Map.of();
    }
    audit.record(
        AuditEntry.of(
            receivedAt,
            null,
            null,
            AuditAction.GARAGE_BACKUP_RESTORED,
            "R1 garage "
                + garage.value()
                + " restored backup "
                + p.get("backup")
                + " taken at "
                + p.get("takenAt")
                + ", "
                + p.get("reapplied")
                + " purge/hold decision(s) re-applied: "
                + p.get("summary")
                + " (restored at "
                + p.get("restoredAt")
                + ", event "
                + event.eventId()
                + ")"));
  }
}
