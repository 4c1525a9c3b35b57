package org.openparcs.controller.retention.application;

import java.time.Clock;
import java.util.List;
import org.openparcs.controller.backup.application.PurgeOrderJournal;
import org.openparcs.controller.backup.model.PurgeOrderCarriedOut;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.Holds;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;

/**
 * Carries out one accepted order at the garage: every store in turn, progress shown while it runs,
 * the counts recorded when done (POLICY R4). Only {@link CarryOutPurgeOrders} (after {@link
 * AcceptPurgeOrder}) and the purge benchmark call it.
 */
public final class ExecutePurgeOrder {

  private final GaragePurges purges;
  private final PurgeOrderJournal journal;
  private final List<PurgeStep> steps;
  private final PurgeProgress progress;
  private final Clock clock;

  public ExecutePurgeOrder(
      GaragePurges purges,
      PurgeOrderJournal journal,
      List<PurgeStep> steps,
      PurgeProgress progress,
      Clock clock) {
    this.purges = purges;
    this.journal = journal;
    this.steps = List.copyOf(steps);
    this.progress = progress;
    this.clock = clock;
  }

  /** Purges what the order names, keeping what {@code holds} name (R3). */
  public synchronized PurgeCounts execute(ReceivedOrder received, Holds holds) {
    PurgeOrder order = received.order();
    purges.started(received, clock.instant());
    long planned = steps.stream().mapToLong(s -> s.estimate(order, holds)).sum();
    progress.begin(order.id(), planned, clock.instant());
    try {
      PurgeCounts counts = new PurgeCounts();
      for (PurgeStep step : steps) {
        progress.step(step.name());
        counts.addAll(step.run(order, holds, progress));
      }
      purges.finished(order.id(), counts, clock.instant());
      // R1 for backups: a restore of an older backup re-applies this order before serving.
      journal.carriedOut(
          new PurgeOrderCarriedOut(
              order.id().toString(),
              clock.instant(),
              order.cutoffs().stream()
                  .collect(
                      java.util.stream.Collectors.toMap(
                          ClassCutoff::dataClass, ClassCutoff::purgeBefore, (a, b) -> a)),
              order.holds().stream().map(h -> h.kind() + ":" + h.target()).toList(),
              List.of()));
      return counts;
    } finally {
      progress.end();
    }
  }
}
