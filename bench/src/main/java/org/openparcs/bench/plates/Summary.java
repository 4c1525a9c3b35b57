package org.openparcs.bench.plates;

import java.util.List;

/**
 * Figures over a set of image results.
 *
 * @param images how many
 * @param top1 share read right at the first guess
 * @param top5 share with the label among the five best texts
 * @param noPlate share with no candidate at all
 * @param detect share with a candidate box overlapping the label box (IoU at least 0.5), over the
 *     images that have a label box; NaN when none has
 * @param medianMs median read time
 * @param p95Ms 95th percentile read time
 * @param medianCpuMs median process CPU time per read
 */
record Summary(
    int images,
    double top1,
    double top5,
    double noPlate,
    double detect,
    double medianMs,
    double p95Ms,
    double medianCpuMs) {

  static Summary of(List<ImageResult> results) {
    int n = results.size();
    double[] ms = results.stream().mapToDouble(ImageResult::millis).sorted().toArray();
    List<ImageResult> boxed = results.stream().filter(r -> r.row().box().isPresent()).toList();
    return new Summary(
        n,
        share(results.stream().filter(ImageResult::top1).count(), n),
        share(results.stream().filter(ImageResult::top5).count(), n),
        share(results.stream().filter(r -> r.candidates() == 0).count(), n),
        boxed.isEmpty()
            ? Double.NaN
            : share(boxed.stream().filter(ImageResult::detected).count(), boxed.size()),
        percentile(ms, 0.5),
        percentile(ms, 0.95),
        percentile(results.stream().mapToDouble(ImageResult::cpuMillis).sorted().toArray(), 0.5));
  }

  private static double share(long count, int total) {
    return total == 0 ? 0 : (double) count / total;
  }

  /** Nearest-rank percentile. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  String tableRow(String name) {
    return String.format(
        java.util.Locale.ROOT,
        "%-14s %6d %6.1f%% %6.1f%% %8.1f%% %8s %9.0f %7.0f %10.0f",
        name,
        images,
        100 * top1,
        100 * top5,
        100 * noPlate,
        Double.isNaN(detect) ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * detect),
        medianMs,
        p95Ms,
        medianCpuMs);
  }

  static String tableHeader() {
    return String.format(
        java.util.Locale.ROOT,
        "%-14s %6s %7s %7s %9s %8s %9s %7s %10s",
        "set",
        "images",
        "top1",
        "top5",
        "noplate",
        "detect",
        "median_ms",
        "p95_ms",
        "median_cpu");
  }

  String keyValues() {
    return String.format(
        java.util.Locale.ROOT,
        "images=%d top1=%.2f top5=%.2f noplate=%.2f detect=%s median_ms=%d p95_ms=%d",
        images,
        top1,
        top5,
        noPlate,
        Double.isNaN(detect) ? "na" : String.format(java.util.Locale.ROOT, "%.2f", detect),
        Math.round(medianMs),
        Math.round(p95Ms));
  }
}
