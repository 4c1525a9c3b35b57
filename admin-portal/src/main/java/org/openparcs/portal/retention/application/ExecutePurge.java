package org.openparcs.portal.retention.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openparcs.policy.model.EffectivePolicy;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.retention.model.ClassCutoff;
import org.openparcs.portal.retention.model.ClassResult;
import org.openparcs.portal.retention.model.LegalHold;
import org.openparcs.portal.retention.model.PurgeProof;
import org.openparcs.portal.retention.model.RetentionDecision;

/**
 * Purges the portal's ALPR data past its retention period, class by class, in small transactions so
 * that ingest and searches go on and the run's progress can be watched (POLICY R1). Holds are
 * respected (R3). At the end it issues a purge order to every garage and writes the proof into the
 * audit trail (R4). The audit trail itself is never purged (T2).
 */
public final class ExecutePurge {

  private final EffectivePolicy policy;
  private final ExpiredData data;
  private final LegalHolds holds;
  private final PurgeRuns runs;
  private final PurgeOrders orders;
  private final RetentionJournal journal;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final int chunk;

  public ExecutePurge(
      EffectivePolicy policy,
      ExpiredData data,
      LegalHolds holds,
      PurgeRuns runs,
      PurgeOrders orders,
      RetentionJournal journal,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock,
      int chunk) {
    this.policy = policy;
    this.data = data;
    this.holds = holds;
    this.runs = runs;
    this.orders = orders;
    this.journal = journal;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.chunk = chunk;
  }

  /** Runs the purge of an open run to its end; returns the results per class. */
  public List<ClassResult> execute(long runId, String trigger) {
    Instant now = clock.instant();
    List<ClassCutoff> cutoffs = ClassCutoff.plan(policy, now);
    List<ClassResult> results = new ArrayList<>();
    try {
      List<LegalHold> active = unitOfWork.reading(holds::active);
      List<ClassResult> planned =
          unitOfWork.reading(
              () ->
                  cutoffs.stream()
                      .map(c -> new ClassResult(c, data.count(c, false), 0, 0))
                      .toList());
      unitOfWork.inTransaction(
          () -> {
            runs.plan(runId, planned, active.size());
            // Journaled before any record goes: a restore re-runs this purge even if it stops.
            journal.record(new RetentionDecision.PurgeRan(runId, now, cutoffs));
            return null;
          });
      for (ClassResult p : planned) {
        results.add(purge(runId, p));
      }
      unitOfWork.inTransaction(
          () -> {
            orders.issueToEveryGarage(runId, policy.profile().id(), now, cutoffs, active);
            runs.finish(runId, "DONE", results, clock.instant(), null);
            return null;
          });
      audit.record(
          AuditEntry.of(
              clock.instant(),
              null,
              null,
              AuditAction.PURGE_COMPLETED,
              PurgeProof.of(runId, trigger, results, active)));
      return results;
    } catch (RuntimeException e) {
      unitOfWork.inTransaction(
          () -> {
            runs.finish(runId, "FAILED", results, clock.instant(), "stopped on an error");
            return null;
          });
      audit.record(
          AuditEntry.of(
              clock.instant(),
              null,
              null,
              AuditAction.PURGE_FAILED,
              "purge run "
                  + runId
                  + " stopped on an error after "
                  + results.size()
                  + " class(es)"));
      throw e;
    }
  }

  private ClassResult purge(long runId, ClassResult planned) {
    long done = 0;
    int purged;
    do {
      purged =
          unitOfWork.inTransaction(
              () -> {
                int n = data.purgeChunk(planned.cutoff(), chunk);
                runs.progress(runId, planned.dataClass(), n, clock.instant());
                return n;
              });
      done += purged;
    } while (purged > 0);
    long kept = unitOfWork.reading(() -> data.count(planned.cutoff(), true));
    return new ClassResult(planned.cutoff(), planned.planned(), done, kept);
  }
}
