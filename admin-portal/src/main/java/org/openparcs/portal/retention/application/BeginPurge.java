package org.openparcs.portal.retention.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;

/**
 * Opens a purge run, one at a time across every portal instance on the database: a run whose
 * heartbeat is older than {@link #STALE} belonged to a stopped instance and is taken over.
 */
public final class BeginPurge {

  /** How long a run may go without a heartbeat before another instance takes over. */
  public static final Duration STALE = Duration.ofMinutes(10);

  private final PurgeRuns runs;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public BeginPurge(PurgeRuns runs, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.runs = runs;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /**
   * @param trigger {@code SCHEDULED}, {@code ON_DEMAND} or {@code AT_START}
   * @param entry who asked, as audited; null for the schedule
   * @return the new run's id; empty when another run is going on
   */
  public OptionalLong begin(String trigger, AuditEntry entry) {
    Instant now = clock.instant();
    OptionalLong run =
        unitOfWork.inTransaction(
            () ->
                runs.begin(
                    trigger, entry == null ? null : entry.username(), now, now.minus(STALE)));
    if (run.isPresent() && entry != null) {
      audit.record(
          new AuditEntry(
              now,
              entry.username(),
              entry.department(),
              entry.ip(),
              AuditAction.PURGE_STARTED,
              entry.access(),
              "purge run " + run.getAsLong() + " (" + trigger + ")"));
    }
    return run;
  }
}
