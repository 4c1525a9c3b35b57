package org.openparcs.plate.locate;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** Removes long straight strokes (plate frames, bumper edges) that glue characters together. */
public final class Lines {

  private Lines() {}

  /**
   * Clears every horizontal run of foreground at least {@code length} pixels long, in place.
   *
   * @param binary 8-bit binary image, foreground 255
   * @param length shortest run removed; longer than the widest character stroke
   */
  public static void removeHorizontal(Mat binary, int length) {
    if (length < 3) {
      return;
    }
    Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(length, 1));
    Mat lines = new Mat();
    Imgproc.morphologyEx(binary, lines, Imgproc.MORPH_OPEN, kernel);
    Core.subtract(binary, lines, binary);
    kernel.release();
    lines.release();
  }
}
