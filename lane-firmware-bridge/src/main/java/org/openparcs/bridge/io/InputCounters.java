package org.openparcs.bridge.io;

import java.util.Arrays;

/**
 * Rising-edge counts of each digital input since the module started (32-bit, wrapping).
 *
 * @param counts count per input channel, index = channel
 */
public record InputCounters(long[] counts) {

  public InputCounters {
    counts = counts.clone();
    for (long c : counts) {
      if (c < 0 || c > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException("a counter is 32-bit unsigned, was " + c);
      }
    }
  }

  public long count(int channel) {
    return counts[channel];
  }

  @Override
  public long[] counts() {
    return counts.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InputCounters other && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "InputCounters" + Arrays.toString(counts);
  }
}
