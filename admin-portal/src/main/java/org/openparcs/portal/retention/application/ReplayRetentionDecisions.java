package org.openparcs.portal.retention.application;

import java.util.List;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.retention.model.ClassCutoff;
import org.openparcs.portal.retention.model.RetentionDecision;

/**
 * After a restore, re-applies the retention decisions made since the backup, in the order they were
 * made (POLICY R1, R3): holds are placed and released as they were, and each purge purges again
 * with its own cut-offs, respecting the holds in force at that point. Strict order matters: a hold
 * placed after a purge must not bring back what that purge removed. Decisions already in the
 * database (a hold with the same id, a release already recorded) change nothing.
 */
public final class ReplayRetentionDecisions {

  private final LegalHolds holds;
  private final ExpiredData data;
  private final UnitOfWork unitOfWork;
  private final int chunk;

  public ReplayRetentionDecisions(
      LegalHolds holds, ExpiredData data, UnitOfWork unitOfWork, int chunk) {
    this.holds = holds;
    this.data = data;
    this.unitOfWork = unitOfWork;
    this.chunk = chunk;
  }

  /** What was re-applied: holds placed, released, purges and records purged. */
  public record Replayed(int placed, int released, int purges, long purged) {
    @Override
    public String toString() {
      return placed
          + " hold(s) placed, "
          + released
          + " released, "
          + purges
          + " purge(s) re-run: "
          + purged
          + " record(s) purged";
    }
  }

  public Replayed replay(List<RetentionDecision> decisions) {
    int placed = 0;
    int released = 0;
    int purges = 0;
    long purged = 0;
    for (RetentionDecision d : decisions) {
      if (d instanceof RetentionDecision.HoldPlaced p) {
        placed += unitOfWork.inTransaction(() -> holds.restore(p.hold())) ? 1 : 0;
      } else if (d instanceof RetentionDecision.HoldReleased r) {
        released +=
            unitOfWork.inTransaction(() -> holds.release(r.holdId(), r.by(), r.at(), r.reason()))
                ? 1
                : 0;
      } else if (d instanceof RetentionDecision.PurgeRan run) {
        purges++;
        for (ClassCutoff cutoff : run.cutoffs()) {
          purged += purge(cutoff);
        }
      }
    }
    return new Replayed(placed, released, purges, purged);
  }

  private long purge(ClassCutoff cutoff) {
    long done = 0;
    int n;
    do {
      n = unitOfWork.inTransaction(() -> data.purgeChunk(cutoff, chunk));
      done += n;
    } while (n > 0);
    return done;
  }
}
