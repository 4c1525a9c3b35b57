package org.openparcs.controller.reconciliation.infrastructure;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.reconciliation.model.Evidence;

/** A finding's evidence as stored (JSON) and shown: ids by kind of record. */
@Serdeable
public record EvidenceDocument(
    List<UUID> reads,
    List<UUID> decisions,
    List<UUID> gateEvents,
    List<UUID> sessions,
    List<UUID> payments,
    List<UUID> validations) {

  public static EvidenceDocument of(Evidence e) {
    return new EvidenceDocument(
        e.reads(), e.decisions(), e.gateEvents(), e.sessions(), e.payments(), e.validations());
  }

  public Evidence toModel() {
    return new Evidence(reads, decisions, gateEvents, sessions, payments, validations);
  }
}
