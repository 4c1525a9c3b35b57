package org.openparcs.plate.locate;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/** Connected components of a binary image that have the size and shape of a plate character. */
final class BlobFinder {

  private BlobFinder() {}

  /**
   * Character-like components of a binary image (foreground 255).
   *
   * @param binary 8-bit image, characters white
   * @param minHeight smallest character height, pixels
   * @param maxHeight largest character height, pixels
   * @param shape aspect and fill limits
   */
  static List<Blob> find(Mat binary, double minHeight, double maxHeight, CharShape shape) {
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    int n =
        Imgproc.connectedComponentsWithStats(binary, labels, stats, centroids, 8, CvType.CV_32S);
    int[] s = new int[n * 5];
    stats.get(0, 0, s);
    labels.release();
    stats.release();
    centroids.release();
    List<Blob> blobs = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      int x = s[i * 5];
      int y = s[i * 5 + 1];
      int w = s[i * 5 + 2];
      int h = s[i * 5 + 3];
      int area = s[i * 5 + 4];
      if (h < minHeight || h > maxHeight) {
        continue;
      }
      double aspect = (double) w / h;
      double fill = (double) area / ((double) w * h);
      if (aspect >= shape.minAspect()
          && aspect <= shape.maxAspect()
          && fill >= shape.minFill()
          && fill <= shape.maxFill()) {
        blobs.add(new Blob(x, y, w, h, area));
      }
    }
    return blobs;
  }
}
