package org.openparcs.bench.plates;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import org.openparcs.plate.read.StageTimer;

/**
 * Adds up the calling thread's CPU time per stage of a read ({@link
 * ThreadMXBean#getCurrentThreadCpuTime}): unlike wall time it barely changes when other work shares
 * the machine. For one reading thread; work that a library hands to its own threads is not counted
 * (the process CPU column shows it).
 */
final class ThreadCpuStageTimer implements StageTimer {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final long[] nanos = new long[Stage.values().length];

  ThreadCpuStageTimer() {
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    THREADS.setThreadCpuTimeEnabled(true);
  }

  /** The calling thread's CPU time so far, nanoseconds. */
  static long now() {
    return THREADS.getCurrentThreadCpuTime();
  }

  @Override
  public <T> T time(Stage stage, Supplier<T> work) {
    long start = now();
    try {
      return work.get();
    } finally {
      nanos[stage.ordinal()] += now() - start;
    }
  }

  /** Forgets the times added so far. */
  void reset() {
    java.util.Arrays.fill(nanos, 0);
  }

  /** Milliseconds per stage since the last reset, in {@link Stage} order. */
  double[] millis() {
    double[] out = new double[nanos.length];
    for (int i = 0; i < nanos.length; i++) {
      out[i] = nanos[i] / 1e6;
    }
    return out;
  }
}
