package org.openparcs.portal.retention.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.openparcs.policy.model.DataClass;
import org.openparcs.portal.retention.model.ClassResult;
import org.openparcs.portal.retention.model.PurgeRun;

/** Purge runs, their progress, and the one lock that keeps purges one at a time. */
public interface PurgeRuns {

  /**
   * Starts a run when no other holds the purge lock (or the other's heartbeat is older than {@code
   * staleBefore}); empty when another run is going on.
   */
  OptionalLong begin(String trigger, String startedBy, Instant now, Instant staleBefore);

  /** Records each class's cut-off and what is to be purged, and the holds in force. */
  void plan(long runId, List<ClassResult> planned, int holdsActive);

  /** Adds {@code purged} to a class's count and refreshes the run's heartbeat. */
  void progress(long runId, DataClass dataClass, int purged, Instant now);

  /** Ends the run with its final counts and frees the lock. */
  void finish(long runId, String status, List<ClassResult> results, Instant at, String detail);

  Optional<PurgeRun> find(long runId);

  List<PurgeRun> recent(int limit);
}
