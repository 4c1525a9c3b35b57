package org.openparcs.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry point for every benchmark: {@code bench/run NAME [ARGS]}. Each benchmark prints a
 * readable table and, as its very last line, its figures as space-separated {@code key=value}
 * pairs.
 */
public final class BenchMain {

  /** A benchmark: runs with its own arguments and returns the process exit code. */
  @FunctionalInterface
  public interface Benchmark {
    int run(String[] args) throws Exception;
  }

  private static final Map<String, Benchmark> BENCHMARKS = new TreeMap<>();

  static {
    BENCHMARKS.put("lane", org.openparcs.bench.lane.LaneBenchmark::run);
    BENCHMARKS.put("ingest", org.openparcs.bench.ingest.IngestBenchmark::run);
    BENCHMARKS.put("plates", new org.openparcs.bench.plates.PlatesBenchmark());
    BENCHMARKS.put("reconcile", org.openparcs.bench.reconcile.ReconcileBenchmark::run);
    BENCHMARKS.put("purge", org.openparcs.bench.purge.PurgeBenchmark::run);
    BENCHMARKS.put("convert", org.openparcs.bench.convert.ConvertBenchmark::run);
    BENCHMARKS.put("views", org.openparcs.bench.views.ViewsBenchmark::run);
  }

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !BENCHMARKS.containsKey(args[0])) {
      System.err.println(
          "usage: bench/run NAME [ARGS]   where NAME is one of " + BENCHMARKS.keySet());
      System.exit(2);
    }
    int code;
    try {
      code = BENCHMARKS.get(args[0]).run(Arrays.copyOfRange(args, 1, args.length));
    } catch (Exception | Error e) {
      System.err.println("benchmark " + args[0] + " failed:");
      e.printStackTrace();
      code = 1;
    }
    // Embedded servers and device simulators may leave threads behind: end the run here.
    System.exit(code);
  }
}
