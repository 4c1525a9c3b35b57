package org.openparcs.bench.plates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openparcs.plate.read.StageTimer.Stage;

/**
 * The calling thread's CPU time per read and per stage over a set of results: median and 95th
 * percentile of each stage, of the stages' sum and of the whole read call (the difference from the
 * sum is the reader's own glue).
 */
record StageCpu(
    double[] medians, double[] p95s, double sumMedian, double sumP95, double median, double p95) {

  static StageCpu of(List<ImageResult> results) {
    int stages = Stage.values().length;
    double[] medians = new double[stages];
    double[] p95s = new double[stages];
    for (int s = 0; s < stages; s++) {
      int stage = s;
      double[] sorted =
          results.stream().mapToDouble(r -> r.stageCpuMillis()[stage]).sorted().toArray();
      medians[s] = Summary.percentile(sorted, 0.5);
      p95s[s] = Summary.percentile(sorted, 0.95);
    }
    double[] sums =
        results.stream()
            .mapToDouble(r -> java.util.Arrays.stream(r.stageCpuMillis()).sum())
            .sorted()
            .toArray();
    double[] totals = results.stream().mapToDouble(ImageResult::threadCpuMillis).sorted().toArray();
    return new StageCpu(
        medians,
        p95s,
        Summary.percentile(sums, 0.5),
        Summary.percentile(sums, 0.95),
        Summary.percentile(totals, 0.5),
        Summary.percentile(totals, 0.95));
  }

  /** One line per stage: median and p95 thread CPU milliseconds. */
  String table() {
    List<String> lines = new ArrayList<>();
    lines.add("thread CPU ms per read (calling thread; median / p95 over images):");
    for (Stage s : Stage.values()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "  %-10s %7.1f %7.1f",
              s.name().toLowerCase(Locale.ROOT),
              medians[s.ordinal()],
              p95s[s.ordinal()]));
    }
    lines.add(String.format(Locale.ROOT, "  %-10s %7.1f %7.1f", "stages", sumMedian, sumP95));
    lines.add(String.format(Locale.ROOT, "  %-10s %7.1f %7.1f", "read", median, p95));
    return String.join(System.lineSeparator(), lines);
  }

  /** The figures as key=value pairs, for the line before the summary. */
  String keyValues() {
    StringBuilder sb =
        new StringBuilder(
            String.format(Locale.ROOT, "cpu_median_ms=%.1f cpu_p95_ms=%.1f", median, p95));
    for (Stage s : Stage.values()) {
      sb.append(
          String.format(
              Locale.ROOT,
              " %s=%.1f/%.1f",
              s.name().toLowerCase(Locale.ROOT),
              medians[s.ordinal()],
              p95s[s.ordinal()]));
    }
    return sb.toString();
  }
}
