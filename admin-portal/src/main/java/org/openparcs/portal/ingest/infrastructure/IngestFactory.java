package org.openparcs.portal.ingest.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
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
  IngestEventBatch ingestEventBatch(
      ReceivedEvents events, HitAlerts alerts, UnitOfWork unitOfWork, Clock clock) {
    return new IngestEventBatch(events, alerts, unitOfWork, clock);
  }
}
