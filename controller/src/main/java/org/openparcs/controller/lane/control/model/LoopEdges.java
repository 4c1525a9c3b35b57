package org.openparcs.controller.lane.control.model;

/**
 * Arrivals on one loop, from what the polls saw and what the module counted. A poll sees a loop go
 * from free to occupied; the module's counter also counts occupancies that began and ended between
 * two polls. Reads without the counter still see edges; the next counter read adds only what those
 * edges did not already account for.
 */
final class LoopEdges {

  private static final long WRAP = 1L << 32;

  private long lastCount = -1;
  private long edgesSinceCount;

  /** Forgets the counter (device away): the next counter read is a new baseline. */
  void reset() {
    lastCount = -1;
    edgesSinceCount = 0;
  }

  /**
   * Arrivals between two reads.
   *
   * @param count the module's counter at this read, or -1 when this read did not include it
   */
  long arrivals(boolean before, boolean after, long count) {
    long edge = after && !before ? 1 : 0;
    if (count < 0) {
      edgesSinceCount += edge;
      return edge;
    }
    long unseen = lastCount < 0 ? 0 : Math.floorMod(count - lastCount, WRAP) - edgesSinceCount;
    lastCount = count;
    edgesSinceCount = 0;
    return Math.max(edge, unseen);
  }
}
