package org.openparcs.controller.reconciliation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.reconciliation.model.Disposition;
import org.openparcs.controller.reconciliation.model.FindingDisposition;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;

/**
 * An auditor records what a finding turned out to be. Every disposition is kept (the audit trail of
 * the finding) and reported to the portal; the latest is the finding's state.
 */
public final class RecordDisposition {

  private final Findings findings;
  private final Outbox outbox;
  private final Transactions tx;
  private final Clock clock;

  public RecordDisposition(Findings findings, Outbox outbox, Transactions tx, Clock clock) {
    this.findings = findings;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
  }

  /** The recorded disposition, or empty when there is no such finding. */
  public Optional<FindingDisposition> record(
      UUID findingId, Disposition disposition, String note, String auditor) {
    Instant now = clock.instant();
    FindingDisposition d =
        new FindingDisposition(TimeOrderedId.at(now), findingId, disposition, note, auditor, now);
    return tx.inTransaction(
        () -> {
          if (findings.byId(findingId).isEmpty()) {
            return Optional.empty();
          }
          findings.dispose(d);
          outbox.append(new GarageEvent.FindingDisposed(d), now);
          return Optional.of(d);
        });
  }
}
