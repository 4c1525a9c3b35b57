package org.openparcs.controller.lane.control.model;

/**
 * Arrivals the I/O module counted on each loop since it started (32-bit counters that wrap). They
 * catch an occupancy that began and ended between two polls.
 */
public record LoopTally(long arming, long safety) {

  private static final long WRAP = 1L << 32;

  public LoopTally {
    if (arming < 0 || safety < 0 || arming >= WRAP || safety >= WRAP) {
      throw new IllegalArgumentException("loop counts are 32-bit unsigned");
    }
  }

  /** Arrivals on the arming loop since {@code before}, across a counter wrap. */
  public long armingSince(LoopTally before) {
    return Math.floorMod(arming - before.arming, WRAP);
  }

  /** Arrivals on the safety loop since {@code before}, across a counter wrap. */
  public long safetySince(LoopTally before) {
    return Math.floorMod(safety - before.safety, WRAP);
  }
}
