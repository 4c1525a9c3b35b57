package org.openparcs.controller.lane.control.model;

/**
 * Arrivals on one loop, from what the polls saw and what the module counted. A poll sees a loop go
 * from free to occupied; the module's counter also counts occupancies that began and ended between
 * two polls. Accounting is cumulative: the counter is credited only with arrivals beyond every edge
 * the polls saw since its baseline, so an arrival seen by a poll before the counter shows it (or by
 * a read without the counter) is never counted twice. Reads take the counter before the inputs, so
 * the counter never runs ahead of the inputs read with it.
 */
final class LoopEdges {

  private static final long WRAP = 1L << 32;

  /** More unexplained counts than this at once: the module restarted and its counters reset. */
  private static final long IMPLAUSIBLE = 1_000;

  private long baseline = -1;
  private long edgesSeen;
  private long credited;

  /** Forgets the counter (device away): the next counter read is a new baseline. */
  void reset() {
    baseline = -1;
  }

  /**
   * Arrivals between two reads.
   *
   * @param count the module's counter at this read, or -1 when this read did not include it
   */
  long arrivals(boolean before, boolean after, long count) {
    long edge = after && !before ? 1 : 0;
    edgesSeen += edge;
    if (count < 0) {
      return edge;
    }
    if (baseline < 0) {
      rebase(count);
      return edge;
    }
    long extra = Math.floorMod(count - baseline, WRAP) - edgesSeen - credited;
    if (extra > IMPLAUSIBLE) {
      rebase(count);
      return edge;
    }
    if (extra <= 0) {
      return edge;
    }
    credited += extra;
    return edge + extra;
  }

  private void rebase(long count) {
    baseline = count;
    edgesSeen = 0;
    credited = 0;
  }
}
