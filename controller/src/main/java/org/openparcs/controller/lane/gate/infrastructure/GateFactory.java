package org.openparcs.controller.lane.gate.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.openparcs.controller.lane.gate.application.GateEvents;
import org.openparcs.controller.lane.gate.application.RecordLaneObservation;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.shared.application.Transactions;

@Factory
public class GateFactory {
  @Singleton
  RecordLaneObservation recordLaneObservation(GateEvents events, Outbox outbox, Transactions tx) {
    return new RecordLaneObservation(events, outbox, tx);
  }
}
