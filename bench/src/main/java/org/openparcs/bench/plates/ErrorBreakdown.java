package org.openparcs.bench.plates;

import java.util.List;
import java.util.Locale;

/**
 * Where the misreads come from, each image in exactly one class:
 *
 * <ul>
 *   <li>{@code ok}: the first candidate reads the label;
 *   <li>{@code nbest}: wrong first text, but the label is among the first candidate's five best
 *       texts (the order of the recognition's alternatives);
 *   <li>{@code rank}: the label is another candidate's text (ranking across candidates);
 *   <li>{@code misread}: a candidate box overlaps the label box (IoU at least 0.5), or the set has
 *       no boxes, and no candidate offers the label (recognition, including rectification);
 *   <li>{@code missed}: no candidate box overlaps the label box (localisation).
 * </ul>
 *
 * For the last two, {@code crop_ok} counts the images whose labelled box, cut out with a margin
 * ({@link TruthCrop}), the reader reads right: there the stage before recognition is at fault.
 * {@code truth_crop_top1} is the top-1 rate of reading every labelled crop (recognition given
 * perfect localisation).
 */
record ErrorBreakdown(
    int images,
    int ok,
    int nbest,
    int rank,
    int misread,
    int misreadCropOk,
    int missed,
    int missedCropOk,
    int crops,
    int cropsRight) {

  static ErrorBreakdown of(List<ImageResult> results) {
    int ok = 0;
    int nbest = 0;
    int rank = 0;
    int misread = 0;
    int misreadCropOk = 0;
    int missed = 0;
    int missedCropOk = 0;
    int crops = 0;
    int cropsRight = 0;
    for (ImageResult r : results) {
      if (r.cropRead() != null) {
        crops++;
        cropsRight += r.cropTop1() ? 1 : 0;
      }
      if (r.top1()) {
        ok++;
      } else if (r.top5()) {
        nbest++;
      } else if (r.labelAmongOthers()) {
        rank++;
      } else if (r.iou() < 0 || r.detected()) {
        misread++;
        misreadCropOk += r.cropTop1() ? 1 : 0;
      } else {
        missed++;
        missedCropOk += r.cropTop1() ? 1 : 0;
      }
    }
    return new ErrorBreakdown(
        results.size(),
        ok,
        nbest,
        rank,
        misread,
        misreadCropOk,
        missed,
        missedCropOk,
        crops,
        cropsRight);
  }

  String line() {
    return String.format(
        Locale.ROOT,
        "errors: ok=%.2f nbest=%.2f rank=%.2f misread=%.2f (crop_ok=%.2f) missed=%.2f (crop_ok=%.2f)"
            + " truth_crop_top1=%s",
        share(ok),
        share(nbest),
        share(rank),
        share(misread),
        share(misreadCropOk),
        share(missed),
        share(missedCropOk),
        crops == 0 ? "na" : String.format(Locale.ROOT, "%.2f", (double) cropsRight / crops));
  }

  private double share(int count) {
    return images == 0 ? 0 : (double) count / images;
  }
}
