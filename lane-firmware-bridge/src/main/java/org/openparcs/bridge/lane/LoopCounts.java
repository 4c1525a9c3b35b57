package org.openparcs.bridge.lane;

/**
 * Vehicles counted by the I/O module on each loop since it started: the rising edges of the loop
 * inputs, which catch an occupancy shorter than a poll (32-bit, wrapping).
 *
 * @param armingLoop arrivals on the arming loop
 * @param safetyLoop arrivals on the safety loop
 */
public record LoopCounts(long armingLoop, long safetyLoop) {

  public LoopCounts {
    if (armingLoop < 0 || safetyLoop < 0) {
      throw new IllegalArgumentException("loop counts are 0 or more");
    }
  }
}
