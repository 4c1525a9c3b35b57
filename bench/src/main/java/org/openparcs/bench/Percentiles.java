package org.openparcs.bench;

import java.util.Arrays;

/** Percentiles of measured durations (nearest-rank). */
public final class Percentiles {

  private final long[] sorted;

  public Percentiles(long[] values) {
    this.sorted = values.clone();
    Arrays.sort(sorted);
  }

  /** The {@code p}-th percentile (0 < p <= 100), nearest rank. */
  public long at(double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  public long max() {
    return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
  }

  public int count() {
    return sorted.length;
  }
}
