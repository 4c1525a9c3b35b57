package org.openparcs.portal.ingest.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.ingest.application.GarageRestores;
import org.openparcs.portal.ingest.application.HitAlerts;
import org.openparcs.portal.ingest.application.IngestEventBatch;
import org.openparcs.portal.ingest.application.ReceivedEvents;
import org.openparcs.portal.protection.infrastructure.EventPlates;

/** Wires the garage event ingest. */
@Factory
class IngestFactory {

  @Singleton
  ReceivedEvents receivedEvents(Jdbc jdbc, EventPlates plates) {
    return new JdbcReceivedEvents(jdbc, plates);
  }

  @Singleton
  GarageRestores garageRestores(RecordAuditEntry audit, JsonMapper json) {
    return new AuditedGarageRestores(audit, json);
  }

  @Singleton
  IngestEventBatch ingestEventBatch(
      ReceivedEvents events,
      HitAlerts alerts,
      GarageRestores restores,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new IngestEventBatch(events, alerts, restores, unitOfWork, clock);
  }
}
