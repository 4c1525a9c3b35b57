package org.openparcs.plate.ocr;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfFloat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.HOGDescriptor;

/**
 * Features of one character: its ink scaled to a fixed height in a square, described by a histogram
 * of oriented gradients, plus its aspect ratio (which tells "1" from "I" and "W").
 */
final class GlyphFeatures {

  static final int SIDE = 32;
  private static final int INK_SIDE = 28;

  private final HOGDescriptor hog =
      new HOGDescriptor(new Size(SIDE, SIDE), new Size(16, 16), new Size(8, 8), new Size(8, 8), 9);

  /** Length of a feature vector. */
  int length() {
    return (int) hog.getDescriptorSize() + 1;
  }

  /**
   * Features of a tightly cropped glyph.
   *
   * @param ink white ink on black, cropped to the ink's bounding box
   */
  float[] of(Mat ink) {
    double aspect = (double) ink.cols() / ink.rows();
    Mat resized = new Mat();
    Imgproc.resize(ink, resized, new Size(INK_SIDE, INK_SIDE), 0, 0, Imgproc.INTER_AREA);
    Mat square = Mat.zeros(SIDE, SIDE, CvType.CV_8UC1);
    int border = (SIDE - INK_SIDE) / 2;
    resized.copyTo(square.submat(new Rect(border, border, INK_SIDE, INK_SIDE)));
    MatOfFloat descriptor = new MatOfFloat();
    hog.compute(square, descriptor);
    float[] h = descriptor.toArray();
    float[] features = new float[h.length + 1];
    System.arraycopy(h, 0, features, 0, h.length);
    features[h.length] = (float) Math.min(1.5, aspect);
    resized.release();
    square.release();
    descriptor.release();
    return features;
  }
}
