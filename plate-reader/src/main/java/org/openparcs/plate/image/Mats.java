package org.openparcs.plate.image;

import nu.pattern.OpenCV;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** Conversions between {@link GrayImage} and OpenCV matrices, and the one-time native load. */
public final class Mats {

  private static volatile boolean loaded;

  private Mats() {}

  /** Loads the OpenCV natives shipped in the openpnp jar, once per JVM. */
  public static void ensureLoaded() {
    if (!loaded) {
      synchronized (Mats.class) {
        if (!loaded) {
          OpenCV.loadLocally();
          loaded = true;
        }
      }
    }
  }

  /**
   * How many worker threads OpenCV may use inside one call, for the whole process (0: its own
   * choice, one per core).
   */
  public static void useThreads(int threads) {
    ensureLoaded();
    org.opencv.core.Core.setNumThreads(threads == 0 ? -1 : threads);
  }

  /** How many worker threads OpenCV uses inside one call. */
  public static int threads() {
    ensureLoaded();
    return org.opencv.core.Core.getNumThreads();
  }

  /** A new 8-bit single-channel matrix holding a copy of the image. */
  public static Mat toMat(GrayImage image) {
    Mat mat = new Mat(image.height(), image.width(), CvType.CV_8UC1);
    mat.put(0, 0, image.pixels());
    return mat;
  }

  /** A copy of an 8-bit single-channel matrix. */
  public static GrayImage toImage(Mat mat) {
    if (mat.type() != CvType.CV_8UC1) {
      throw new IllegalArgumentException("expected an 8-bit grey matrix, got type " + mat.type());
    }
    byte[] pixels = new byte[mat.rows() * mat.cols()];
    Mat source = mat.isContinuous() ? mat : mat.clone();
    source.get(0, 0, pixels);
    if (source != mat) {
      source.release();
    }
    return new GrayImage(mat.cols(), mat.rows(), pixels);
  }
}
