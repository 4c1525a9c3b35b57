package org.openparcs.plate.rectify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * A binary view of a levelled plate line that keeps only blobs of character height centred on the
 * line: plate borders, bolts, state names and stickers vanish, which keeps the OCR from reading
 * them. When the usual binarisation yields too few characters (glued to each other or to the
 * background), other windows and offsets are tried and the one yielding the most wins.
 */
final class CleanBinary {

  /**
   * Binarisations tried, in order: adaptive-threshold window (in character heights), offset, and
   * whether to keep only the character band.
   */
  private static final List<double[]> THRESHOLDS =
      List.of(
          new double[] {1.5, 10, 0},
          new double[] {0.75, 10, 0},
          new double[] {1.5, 4, 0},
          new double[] {1.5, 10, 1});

  private CleanBinary() {}

  /**
   * Clears everything above and below the band the characters occupy once levelled, which frees
   * characters glued to a banner or a frame edge above or below them.
   */
  private static void keepBand(Mat binary, RectifierSettings settings) {
    double mid = binary.rows() / 2.0;
    double half = settings.charHeight() * settings.bandHalfHeight();
    int top = (int) Math.max(0, Math.round(mid - half));
    int bottom = (int) Math.min(binary.rows(), Math.round(mid + half));
    if (top > 0) {
      binary.submat(0, top, 0, binary.cols()).setTo(new Scalar(0));
    }
    if (bottom < binary.rows()) {
      binary.submat(bottom, binary.rows(), 0, binary.cols()).setTo(new Scalar(0));
    }
  }

  /**
   * A cleaned view and how many characters it holds.
   *
   * @param view black characters on white with a margin
   * @param chars character blobs kept
   * @param left left edge of the leftmost kept blob, in the grey view's columns
   * @param right right edge of the rightmost kept blob, in the grey view's columns
   */
  record Cleaned(Mat view, int chars, int left, int right) {}

  /** The cleaned view, or null if no blob qualifies. */
  static Cleaned of(Mat grey, RectifierSettings settings) {
    Mat best = null;
    int bestCount = 0;
    int[] bestExtent = null;
    for (double[] threshold : THRESHOLDS) {
      Mat binary = new Mat();
      int block = ((int) Math.round(settings.charHeight() * threshold[0])) | 1;
      Imgproc.adaptiveThreshold(
          grey,
          binary,
          255,
          Imgproc.ADAPTIVE_THRESH_MEAN_C,
          Imgproc.THRESH_BINARY_INV,
          block,
          threshold[1]);
      if (threshold[2] > 0) {
        keepBand(binary, settings);
      }
      int pad = (int) Math.round(settings.margin() * settings.charHeight());
      Mat out = OpenCvRectifier.white(grey.rows() + 2 * pad, grey.cols() + 2 * pad);
      int[] extent = {Integer.MAX_VALUE, Integer.MIN_VALUE};
      int count = keepCharacters(binary, settings, out, pad, extent);
      binary.release();
      if (count > bestCount && count <= settings.maxChars()) {
        if (best != null) {
          best.release();
        }
        best = out;
        bestCount = count;
        bestExtent = extent;
      } else {
        out.release();
      }
      if (bestCount >= settings.enoughChars()) {
        break;
      }
    }
    return best == null ? null : new Cleaned(best, bestCount, bestExtent[0], bestExtent[1]);
  }

  private static Rect rect(int[] s, int i) {
    return new Rect(s[i * 5], s[i * 5 + 1], s[i * 5 + 2], s[i * 5 + 3]);
  }

  /**
   * The blobs whose height and bottom agree with the median: a plate's characters share both, while
   * emblems, country bands and bolts do not.
   */
  private static List<Integer> sameHeight(List<Integer> blobs, int[] s, double tolerance) {
    if (blobs.size() < 3) {
      return blobs;
    }
    double height = median(blobs.stream().mapToDouble(i -> s[i * 5 + 3]).toArray());
    double bottom = median(blobs.stream().mapToDouble(i -> s[i * 5 + 1] + s[i * 5 + 3]).toArray());
    return blobs.stream()
        .filter(i -> Math.abs(s[i * 5 + 3] - height) <= tolerance * height)
        .filter(i -> Math.abs(s[i * 5 + 1] + s[i * 5 + 3] - bottom) <= tolerance * height)
        .toList();
  }

  private static double median(double[] values) {
    Arrays.sort(values);
    return values[values.length / 2];
  }

  /**
   * Draws the character-sized blobs on the line into {@code out}; returns how many, and their left
   * and right edges in {@code extent}.
   */
  private static int keepCharacters(
      Mat binary, RectifierSettings settings, Mat out, int pad, int[] extent) {
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    int n =
        Imgproc.connectedComponentsWithStats(binary, labels, stats, centroids, 8, CvType.CV_32S);
    int[] s = new int[n * 5];
    stats.get(0, 0, s);
    double t = settings.charHeight();
    double mid = binary.rows() / 2.0;
    List<Integer> candidates = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      Rect r = rect(s, i);
      double cy = r.y + r.height / 2.0;
      boolean sized =
          r.height >= settings.minCharShare() * t && r.height <= settings.maxCharShare() * t;
      boolean shaped = r.width <= settings.maxCharAspect() * r.height && r.width >= 0.05 * r.height;
      boolean onLine = Math.abs(cy - mid) <= settings.lineTolerance() * t;
      if (sized && shaped && onLine) {
        candidates.add(i);
      }
    }
    int kept = 0;
    for (int i : sameHeight(candidates, s, settings.heightTolerance())) {
      Rect r = rect(s, i);
      Mat mask = new Mat();
      Core.compare(labels.submat(r), new Scalar(i), mask, Core.CMP_EQ);
      out.submat(new Rect(r.x + pad, r.y + pad, r.width, r.height)).setTo(new Scalar(0), mask);
      mask.release();
      extent[0] = Math.min(extent[0], r.x);
      extent[1] = Math.max(extent[1], r.x + r.width);
      kept++;
    }
    labels.release();
    stats.release();
    centroids.release();
    return kept;
  }
}
