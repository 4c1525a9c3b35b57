package org.openparcs.bridge.camera;

/**
 * A plate box as a camera sent it, checked before it is kept: coordinates that are not finite
 * numbers, negative, empty, or reach outside the picture make no box (the read stands without one,
 * never an error that would lose it).
 */
final class PlateBoxes {

  /** No picture is this large; a box beyond it is nonsense even when no picture came with it. */
  static final int MAX_PIXELS = 20_000;

  private PlateBoxes() {}

  /**
   * A box in pixels, {@code picture} the image it refers to (null when none came: only the upper
   * bound {@link #MAX_PIXELS} is checked then).
   */
  static CameraPush.Box pixels(
      double x, double y, double width, double height, PushedImage picture) {
    int maxX = picture == null ? MAX_PIXELS : picture.width();
    int maxY = picture == null ? MAX_PIXELS : picture.height();
    if (!finite(x, y, width, height) || x < 0 || y < 0 || width < 1 || height < 1) {
      return null;
    }
    if (x + width > maxX || y + height > maxY) {
      return null;
    }
    return new CameraPush.Box(
        (int) Math.round(x),
        (int) Math.round(y),
        (int) Math.round(width),
        (int) Math.round(height));
  }

  /**
   * A box normalised to 0..1000 of the picture's width and height (Hikvision's {@code plateRect}),
   * turned into pixels of {@code picture}; none without the picture.
   */
  static CameraPush.Box perMille(
      double x, double y, double width, double height, PushedImage picture) {
    if (picture == null || !finite(x, y, width, height)) {
      return null;
    }
    if (x < 0 || y < 0 || width <= 0 || height <= 0 || x + width > 1000 || y + height > 1000) {
      return null;
    }
    double sx = picture.width() / 1000.0;
    double sy = picture.height() / 1000.0;
    return pixels(x * sx, y * sy, width * sx, height * sy, picture);
  }

  /**
   * Hikvision's {@code plateRect} in {@code units}, as pixels of {@code scene}; none without the
   * scene, or when the numbers make no box in those units. {@link PlateRectUnits#AUTO}: a rectangle
   * that fits only one reading (numbers beyond 1000 are pixels; one that reaches outside the
   * picture's pixels is per mille) is read that way; one that fits both is read the way whose box
   * has the shape of the plate picture the camera cut out ({@code plate}, its crop of the same
   * plate: width over height, compared on a log scale), and per mille, as ISAPI documents, when no
   * plate picture came.
   */
  static CameraPush.Box plateRect(
      double x,
      double y,
      double width,
      double height,
      PushedImage scene,
      PushedImage plate,
      PlateRectUnits units) {
    if (scene == null) {
      return null;
    }
    CameraPush.Box perMille =
        units == PlateRectUnits.PIXELS ? null : perMille(x, y, width, height, scene);
    CameraPush.Box pixels =
        units == PlateRectUnits.PER_MILLE ? null : pixels(x, y, width, height, scene);
    if (perMille == null || pixels == null) {
      return perMille != null ? perMille : pixels;
    }
    if (plate == null) {
      return perMille;
    }
    double shape = Math.log((double) plate.width() / plate.height());
    return Math.abs(shape - logShape(pixels)) < Math.abs(shape - logShape(perMille))
        ? pixels
        : perMille;
  }

  private static double logShape(CameraPush.Box box) {
    return Math.log((double) box.width() / box.height());
  }

  private static boolean finite(double... values) {
    for (double v : values) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}
