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
import org.openparcs.plate.read.ReadSettings;

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
    ThreadCpuStageTimer timer = new ThreadCpuStageTimer();
    try (PlateReader reader = PlateReaders.create(settings(), timer)) {
      out.println("opencv_threads_in_use=" + org.openparcs.plate.image.Mats.threads());
      warmUp(reader, dir, rows);
      for (TruthRow row : rows) {
        results.add(readOne(reader, timer, dir, row));
      }
      // Untimed: the labelled boxes cut out, to tell recognition errors from localisation errors.
      results.replaceAll(r -> readCrop(reader, dir, r));
    }
    Path csv = writeCsv(dir, results);
    report(dir, csv, results);
    return 0;
  }

  /**
   * The default settings, or for comparisons the engines named by {@code PLATES_ENGINES} (CNN,
   * CNN_AND_CLASSIC, CLASSIC), the regions read per frame by {@code PLATES_REGIONS}, the ONNX model
   * file named by {@code PLATES_MODEL}, the network's weight in the vote by {@code
   * PLATES_CNN_WEIGHT}, the network's cuts per view by {@code PLATES_CNN_VARIANTS} and the grey
   * view's cut ({@code RectifierSettings.greyCut}) by {@code PLATES_GREY_CUT}, the weight of a
   * candidate's size in the ranking by {@code PLATES_SIZE_WEIGHT}, the localiser's erosion pass
   * ({@code LocaliserSettings.erodeSize}) by {@code PLATES_ERODE}, the regions the localiser
   * returns ({@code LocaliserSettings.maxRegions}) by {@code PLATES_LOCATED}, the ranking factor of
   * repetitive texts ({@code ReadSettings.repetitionWeight}) by {@code PLATES_REPETITION_WEIGHT},
   * the vote factor of texts of the preferred plate formats ({@code PlateFormats.weight}) by {@code
   * PLATES_FORMAT_WEIGHT} (1: off), the regions read by every engine after the network's quick pass
   * ({@code ReadSettings.thoroughRegions}) by {@code PLATES_THOROUGH}, OpenCV's worker threads
   * ({@code PlateReaderSettings.openCvThreads}, 0: OpenCV's choice) by {@code
   * PLATES_OPENCV_THREADS}.
   */
  private PlateReaderSettings settings() {
    PlateReaderSettings settings = PlateReaderSettings.DEFAULT;
    String engines = System.getenv("PLATES_ENGINES");
    if (engines != null && !engines.isBlank()) {
      settings =
          settings.withRead(settings.read().withEngines(ReadSettings.Engines.valueOf(engines)));
    }
    String regions = System.getenv("PLATES_REGIONS");
    if (regions != null && !regions.isBlank()) {
      settings =
          settings.withRead(settings.read().withRegionsToRead(Integer.parseInt(regions.trim())));
    }
    String model = System.getenv("PLATES_MODEL");
    if (model != null && !model.isBlank()) {
      settings = settings.withCnn(settings.cnn().withModelFile(Path.of(model)));
    }
    String cut = System.getenv("PLATES_GREY_CUT");
    if (cut != null && !cut.isBlank()) {
      settings =
          settings.withRectifier(settings.rectifier().withGreyCut(Double.parseDouble(cut.trim())));
    }
    String variants = System.getenv("PLATES_CNN_VARIANTS");
    if (variants != null && !variants.isBlank()) {
      settings = settings.withCnn(settings.cnn().withVariants(Integer.parseInt(variants.trim())));
    }
    String weight = System.getenv("PLATES_CNN_WEIGHT");
    if (weight != null && !weight.isBlank()) {
      settings =
          settings.withRead(settings.read().withCnnWeight(Double.parseDouble(weight.trim())));
    }
    String erode = System.getenv("PLATES_ERODE");
    if (erode != null && !erode.isBlank()) {
      settings =
          settings.withLocaliser(
              settings.localiser().withErodeSize(Integer.parseInt(erode.trim())));
    }
    String located = System.getenv("PLATES_LOCATED");
    if (located != null && !located.isBlank()) {
      settings =
          settings.withLocaliser(
              settings.localiser().withMaxRegions(Integer.parseInt(located.trim())));
    }
    String size = System.getenv("PLATES_SIZE_WEIGHT");
    if (size != null && !size.isBlank()) {
      settings = settings.withRead(settings.read().withSizeWeight(Double.parseDouble(size.trim())));
    }
    String format = System.getenv("PLATES_FORMAT_WEIGHT");
    if (format != null && !format.isBlank()) {
      settings =
          settings.withRead(
              settings
                  .read()
                  .withFormats(settings.read().formats().withWeight(Double.parseDouble(format))));
    }
    String thorough = System.getenv("PLATES_THOROUGH");
    if (thorough != null && !thorough.isBlank()) {
      settings =
          settings.withRead(settings.read().withThoroughRegions(Integer.parseInt(thorough.trim())));
    }
    String confusion = System.getenv("PLATES_CONFUSION_PRIOR");
    if (confusion != null && !confusion.isBlank()) {
      settings =
          settings.withRead(
              settings
                  .read()
                  .withFormats(
                      settings
                          .read()
                          .formats()
                          .withConfusionPrior(Double.parseDouble(confusion.trim()))));
    }
    String threads = System.getenv("PLATES_OPENCV_THREADS");
    if (threads != null && !threads.isBlank()) {
      settings = settings.withOpenCvThreads(Integer.parseInt(threads.trim()));
    }
    String repetition = System.getenv("PLATES_REPETITION_WEIGHT");
    if (repetition != null && !repetition.isBlank()) {
      settings =
          settings.withRead(
              settings.read().withRepetitionWeight(Double.parseDouble(repetition.trim())));
    }
    out.println(
        "engines="
            + settings.read().engines()
            + " cnn_weight="
            + settings.read().cnnWeight()
            + " grey_cut="
            + settings.rectifier().greyCut()
            + " cnn_variants="
            + settings.cnn().variants()
            + " regions="
            + settings.read().regionsToRead()
            + " size_weight="
            + settings.read().sizeWeight()
            + " repetition_weight="
            + settings.read().repetitionWeight()
            + " format_weight="
            + settings.read().formats().weight()
            + " confusion_prior="
            + settings.read().formats().confusionPrior()
            + " opencv_threads="
            + settings.openCvThreads()
            + " thorough="
            + settings.read().thoroughRegions()
            + " located="
            + settings.localiser().maxRegions()
            + " erode="
            + settings.localiser().erodeSize()
            + " model="
            + (settings.cnn().modelFile() == null ? "bundled" : settings.cnn().modelFile()));
    return settings;
  }

  private void warmUp(PlateReader reader, Path dir, List<TruthRow> rows) throws IOException {
    for (TruthRow row : rows.subList(0, Math.min(WARM_UP_IMAGES, rows.size()))) {
      reader.read(Files.readAllBytes(dir.resolve(row.file())));
    }
  }

  private ImageResult readOne(PlateReader reader, ThreadCpuStageTimer timer, Path dir, TruthRow row)
      throws IOException {
    byte[] bytes = Files.readAllBytes(dir.resolve(row.file()));
    timer.reset();
    long cpuStart = PROCESS.getProcessCpuTime();
    long threadStart = ThreadCpuStageTimer.now();
    long start = System.nanoTime();
    PlateReading reading = reader.read(bytes);
    double millis = (System.nanoTime() - start) / 1e6;
    double threadMillis = (ThreadCpuStageTimer.now() - threadStart) / 1e6;
    double cpuMillis = (PROCESS.getProcessCpuTime() - cpuStart) / 1e6;
    double[] stages = timer.millis();
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
          rejected.message(),
          null,
          List.of(),
          threadMillis,
          stages);
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
        "",
        null,
        found.stream().map(c -> ranked(c, row)).toList(),
        threadMillis,
        stages);
  }

  private static String ranked(PlateCandidate c, TruthRow row) {
    return String.format(
        java.util.Locale.ROOT,
        "%s:%.3f:%d:%.2f:%s:%.3f",
        c.text(),
        c.confidence(),
        c.box().height(),
        row.box().map(b -> c.box().iou(b)).orElse(-1.0),
        c.charConfidences().stream()
            .map(x -> String.format(java.util.Locale.ROOT, "%.3f", x))
            .collect(java.util.stream.Collectors.joining(";")),
        c.alternatives().get(0).score());
  }

  /** The result with the reading of its labelled box cut out with a margin, where it has one. */
  private static ImageResult readCrop(PlateReader reader, Path dir, ImageResult result) {
    if (result.row().box().isEmpty()) {
      // Sets of plate crops: the image is the crop.
      return result.withCropRead(result.read());
    }
    try {
      byte[] frame = Files.readAllBytes(dir.resolve(result.row().file()));
      return TruthCrop.of(frame, result.row().box().get())
          .map(
              crop -> {
                PlateReading reading = reader.read(crop);
                String text =
                    reading instanceof PlateReading.Plates plates
                        ? plates.best().map(PlateCandidate::text).orElse("")
                        : "";
                return result.withCropRead(text);
              })
          .orElse(result);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
    out.println(StageCpu.of(results).table());
    out.println(ErrorBreakdown.of(results).line());
    out.println(
        "  ok: first text right; nbest: label among the first candidate's five best texts; rank:"
            + " label is another candidate's text;"
            + " misread: a box found (IoU >= 0.5, or no label box) but no candidate reads the label;"
            + " missed: no box found; crop_ok: of these, the labelled box cut out reads right;"
            + " truth_crop_top1: top-1 reading every labelled box cut out");
    out.println("per-image results: " + csv);
    out.println(StageCpu.of(results).keyValues());
    out.println(all.keyValues());
  }
}
