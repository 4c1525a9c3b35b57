package org.openparcs.bench.plates;

import java.util.List;
import org.openparcs.plate.PlateText;

/**
 * How the reader did on one labelled image.
 *
 * @param row the label
 * @param read the first candidate's text, empty when none
 * @param top1 whether that text equals the label after folding O/0 and I/1
 * @param top5 whether the label is among the first candidate's five best texts
 * @param candidates how many plates the reader reported
 * @param confidence the first candidate's confidence, 0 when none
 * @param iou best box overlap of any candidate with the labelled box, -1 without a label box
 * @param millis wall time of the read call
 * @param cpuMillis CPU time the whole process spent during the read call (all its threads: the
 *     calling thread and OpenCV's workers); steadier than wall time when other work shares the
 *     machine
 * @param alternatives the first candidate's alternatives
 * @param others the texts of the other candidates, in rank order
 * @param firstIou box overlap of the first candidate with the labelled box, -1 without either
 * @param rejected rejection message, empty when the image was read
 * @param cropRead what the reader read on the labelled box cut out with a margin ({@link
 *     TruthCrop}); null when the set has no boxes or the crop was not read
 * @param ranked every candidate in rank order as {@code TEXT:confidence:box height:IoU with the
 *     labelled box:character confidences:vote share of the text}, for studying the ranking and the
 *     confidence
 * @param threadCpuMillis CPU time of the calling thread during the read call
 * @param stageCpuMillis the calling thread's CPU time per stage, in {@link
 *     org.openparcs.plate.read.StageTimer.Stage} order
 */
record ImageResult(
    TruthRow row,
    String read,
    boolean top1,
    boolean top5,
    int candidates,
    double confidence,
    double iou,
    double millis,
    double cpuMillis,
    List<String> alternatives,
    List<String> others,
    double firstIou,
    String rejected,
    String cropRead,
    List<String> ranked,
    double threadCpuMillis,
    double[] stageCpuMillis) {

  /** The same result with the reading of the labelled crop. */
  ImageResult withCropRead(String text) {
    return new ImageResult(
        row,
        read,
        top1,
        top5,
        candidates,
        confidence,
        iou,
        millis,
        cpuMillis,
        alternatives,
        others,
        firstIou,
        rejected,
        text,
        ranked,
        threadCpuMillis,
        stageCpuMillis);
  }

  /** Whether the labelled crop read as the label. */
  boolean cropTop1() {
    return cropRead != null
        && !cropRead.isEmpty()
        && PlateText.folded(cropRead).equals(PlateText.folded(row.plate()));
  }

  /** Whether a candidate other than the first reads the label. */
  boolean labelAmongOthers() {
    String label = PlateText.folded(row.plate());
    return others.stream().anyMatch(t -> PlateText.folded(t).equals(label));
  }

  boolean detected() {
    return iou >= 0.5;
  }

  String csvLine() {
    return String.join(
        ",",
        row.file(),
        row.plate(),
        read,
        top1 ? "1" : "0",
        top5 ? "1" : "0",
        Integer.toString(candidates),
        String.format(java.util.Locale.ROOT, "%.3f", confidence),
        String.format(java.util.Locale.ROOT, "%.2f", iou),
        String.format(java.util.Locale.ROOT, "%.1f", millis),
        String.format(java.util.Locale.ROOT, "%.1f", cpuMillis),
        String.join("|", alternatives),
        String.join("|", others),
        String.format(java.util.Locale.ROOT, "%.2f", firstIou),
        rejected.replace(',', ';'),
        cropRead == null ? "" : cropRead,
        String.join("|", ranked),
        String.format(java.util.Locale.ROOT, "%.2f", threadCpuMillis),
        java.util.Arrays.stream(stageCpuMillis)
            .mapToObj(x -> String.format(java.util.Locale.ROOT, "%.2f", x))
            .collect(java.util.stream.Collectors.joining(",")));
  }

  static String csvHeader() {
    return "file,label,read,top1,top5,candidates,confidence,iou,ms,cpu_ms,alternatives,others,first_iou,rejected,crop_read,ranked,thread_cpu_ms,"
        + java.util.Arrays.stream(org.openparcs.plate.read.StageTimer.Stage.values())
            .map(s -> "cpu_" + s.name().toLowerCase(java.util.Locale.ROOT) + "_ms")
            .collect(java.util.stream.Collectors.joining(","));
  }
}
