package org.openparcs.bench.plates;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openparcs.bench.BenchMain.Benchmark;
import org.openparcs.plate.PlateCandidate;
import org.openparcs.plate.PlateReader;
import org.openparcs.plate.PlateReaderSettings;
import org.openparcs.plate.PlateReaders;
import org.openparcs.plate.PlateReading;
import org.openparcs.plate.PlateText;

/**
 * {@code bench/run plates DIR}: reads every image listed in {@code DIR/truth.csv} on one thread,
 * after a short warm-up, and prints accuracy, detection and time per image, overall and for the
 * {@code wts-lg-*} lane-camera subset. Per-image results go to {@code
 * bench/results/plates-<dir>.csv}.
 */
public final class PlatesBenchmark implements Benchmark {

  private static final int WARM_UP_IMAGES = 8;
  private static final String LANE_SUBSET = "wts-lg-";

  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  private final PrintStream out = System.out;

  @Override
  public int run(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: bench/run plates DIR   (DIR holds truth.csv and the images)");
      return 2;
    }
    Path dir = Path.of(args[0]).toAbsolutePath().normalize();
    Path truth = dir.resolve("truth.csv");
    if (!Files.isRegularFile(truth)) {
      System.err.println("no truth.csv in " + dir);
      return 2;
    }
    List<TruthRow> rows = TruthRow.load(truth);
    List<ImageResult> results = new ArrayList<>();
    try (PlateReader reader = PlateReaders.create(PlateReaderSettings.DEFAULT)) {
      warmUp(reader, dir, rows);
      for (TruthRow row : rows) {
        results.add(readOne(reader, dir, row));
      }
    }
    Path csv = writeCsv(dir, results);
    report(dir, csv, results);
    return 0;
  }

  private void warmUp(PlateReader reader, Path dir, List<TruthRow> rows) throws IOException {
    for (TruthRow row : rows.subList(0, Math.min(WARM_UP_IMAGES, rows.size()))) {
      reader.read(Files.readAllBytes(dir.resolve(row.file())));
    }
  }

  private ImageResult readOne(PlateReader reader, Path dir, TruthRow row) throws IOException {
    byte[] bytes = Files.readAllBytes(dir.resolve(row.file()));
    long cpuStart = PROCESS.getProcessCpuTime();
    long start = System.nanoTime();
    PlateReading reading = reader.read(bytes);
    double millis = (System.nanoTime() - start) / 1e6;
    double cpuMillis = (PROCESS.getProcessCpuTime() - cpuStart) / 1e6;
    if (reading instanceof PlateReading.Rejected rejected) {
      return new ImageResult(
          row,
          "",
          false,
          false,
          0,
          0,
          -1,
          millis,
          cpuMillis,
          List.of(),
          List.of(),
          -1,
          rejected.message());
    }
    List<PlateCandidate> found = ((PlateReading.Plates) reading).candidates();
    String label = PlateText.folded(row.plate());
    String first = found.isEmpty() ? "" : found.get(0).text();
    List<String> alternatives =
        found.isEmpty()
            ? List.of()
            : found.get(0).alternatives().stream().map(PlateText::text).toList();
    boolean top5 = alternatives.stream().limit(5).anyMatch(t -> PlateText.folded(t).equals(label));
    double iou =
        row.box()
            .map(b -> found.stream().mapToDouble(c -> c.box().iou(b)).max().orElse(0))
            .orElse(-1.0);
    return new ImageResult(
        row,
        first,
        !first.isEmpty() && PlateText.folded(first).equals(label),
        top5,
        found.size(),
        found.isEmpty() ? 0 : found.get(0).confidence(),
        iou,
        millis,
        cpuMillis,
        alternatives,
        found.stream().skip(1).map(PlateCandidate::text).toList(),
        row.box().filter(b -> !found.isEmpty()).map(b -> found.get(0).box().iou(b)).orElse(-1.0),
        "");
  }

  private Path writeCsv(Path dir, List<ImageResult> results) throws IOException {
    Path folder = Path.of("bench", "results");
    Files.createDirectories(folder);
    Path csv = folder.resolve("plates-" + dir.getFileName() + ".csv");
    List<String> lines = new ArrayList<>();
    lines.add(ImageResult.csvHeader());
    results.forEach(r -> lines.add(r.csvLine()));
    Files.write(csv, lines);
    return csv;
  }

  private void report(Path dir, Path csv, List<ImageResult> results) {
    Summary all = Summary.of(results);
    List<ImageResult> lane =
        results.stream().filter(r -> r.row().file().startsWith(LANE_SUBSET)).toList();
    out.println("Plate reader on " + dir + " (one thread, " + WARM_UP_IMAGES + " warm-up reads)");
    out.println(Summary.tableHeader());
    out.println(all.tableRow("all"));
    if (!lane.isEmpty()) {
      Summary laneSummary = Summary.of(lane);
      out.println(laneSummary.tableRow(LANE_SUBSET + "*"));
      out.println("lane subset: " + laneSummary.keyValues());
    }
    out.println(
        "times: wall milliseconds per read on one calling thread; median_cpu is the process CPU time"
            + " per read (all threads), steadier when other work shares the machine");
    out.println("per-image results: " + csv);
    out.println(all.keyValues());
  }
}
