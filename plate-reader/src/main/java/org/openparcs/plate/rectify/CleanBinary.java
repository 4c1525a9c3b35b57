package org.openparcs.plate.rectify;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

/**
 * A binary view of a levelled plate line that keeps only blobs of character height centred on the
 * line: plate borders, bolts, state names and stickers vanish, which keeps the OCR from reading
 * them.
 */
final class CleanBinary {

  private CleanBinary() {}

  /** The cleaned view, black characters on white with a margin, or null if no blob qualifies. */
  static Mat of(Mat grey, RectifierSettings settings) {
    Mat binary = new Mat();
    int block = (settings.charHeight() * 3 / 2) | 1;
    Imgproc.adaptiveThreshold(
        grey, binary, 255, Imgproc.ADAPTIVE_THRESH_MEAN_C, Imgproc.THRESH_BINARY_INV, block, 10);
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    int n =
        Imgproc.connectedComponentsWithStats(binary, labels, stats, centroids, 8, CvType.CV_32S);
    int[] s = new int[n * 5];
    stats.get(0, 0, s);
    double t = settings.charHeight();
    double mid = grey.rows() / 2.0;
    int pad = (int) Math.round(settings.margin() * t);
    Mat out = OpenCvRectifier.white(grey.rows() + 2 * pad, grey.cols() + 2 * pad);
    int kept = 0;
    for (int i = 1; i < n; i++) {
      int x = s[i * 5];
      int y = s[i * 5 + 1];
      int w = s[i * 5 + 2];
      int h = s[i * 5 + 3];
      double cy = y + h / 2.0;
      boolean sized = h >= settings.minCharShare() * t && h <= settings.maxCharShare() * t;
      boolean shaped = w <= 1.45 * h && w >= 0.05 * h;
      boolean onLine = Math.abs(cy - mid) <= 0.3 * t;
      if (sized && shaped && onLine) {
        Rect r = new Rect(x, y, w, h);
        Mat mask = new Mat();
        Core.compare(labels.submat(r), new org.opencv.core.Scalar(i), mask, Core.CMP_EQ);
        out.submat(new Rect(x + pad, y + pad, w, h)).setTo(new org.opencv.core.Scalar(0), mask);
        mask.release();
        kept++;
      }
    }
    binary.release();
    labels.release();
    stats.release();
    centroids.release();
    if (kept == 0) {
      out.release();
      return null;
    }
    return out;
  }
}
