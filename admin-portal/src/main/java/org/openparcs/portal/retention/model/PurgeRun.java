package org.openparcs.portal.retention.model;

import java.time.Instant;
import java.util.List;

/**
 * One purge run and its progress.
 *
 * @param id its number
 * @param trigger what started it: {@code SCHEDULED}, {@code ON_DEMAND} or {@code AT_START}
 * @param startedBy the coordinator who asked for it; null for scheduled runs
 * @param startedAt when
 * @param finishedAt when it ended; null while it runs
 * @param status {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param holdsActive legal holds in force when it ran
 * @param classes each data class's cut-off and counts
 */
public record PurgeRun(
    long id,
    String trigger,
    String startedBy,
    Instant startedAt,
    Instant finishedAt,
    String status,
    int holdsActive,
    List<ClassResult> classes) {

  public PurgeRun {
    classes = List.copyOf(classes);
  }

  public boolean running() {
    return "RUNNING".equals(status);
  }

  public long planned() {
    return classes.stream().mapToLong(ClassResult::planned).sum();
  }

  public long done() {
    return classes.stream().mapToLong(ClassResult::done).sum();
  }

  public int percent() {
    long planned = planned();
    return planned <= 0 ? 100 : (int) Math.min(100, done() * 100 / planned);
  }
}
