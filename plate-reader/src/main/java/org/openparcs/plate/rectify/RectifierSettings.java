package org.openparcs.plate.rectify;

/**
 * Settings of the plate rectifier.
 *
 * @param charHeight character height in the normalised view, pixels (Tesseract reads best at 30-50)
 * @param sidePadding extra room left and right of the found characters, in character heights, so
 *     characters the localiser missed at the ends are still in view
 * @param margin blank border around the cleaned view, in character heights
 * @param minCharShare smallest blob height kept in the cleaned view, as a share of the character
 *     height
 * @param maxCharShare largest blob height kept in the cleaned view, as a share of the character
 *     height
 * @param widening horizontal stretch of the widened view (plate fonts are condensed)
 */
public record RectifierSettings(
    int charHeight,
    double sidePadding,
    double margin,
    double minCharShare,
    double maxCharShare,
    double widening) {

  /** Defaults tuned on lane-camera frames. */
  public static final RectifierSettings DEFAULT =
      new RectifierSettings(40, 1.3, 0.5, 0.6, 1.45, 1.4);

  public RectifierSettings {
    if (charHeight < 12 || charHeight > 200) {
      throw new IllegalArgumentException("charHeight must be 12..200 pixels: " + charHeight);
    }
    if (widening < 1 || widening > 3) {
      throw new IllegalArgumentException("widening must be 1..3: " + widening);
    }
    if (sidePadding < 0 || margin < 0 || minCharShare <= 0 || maxCharShare <= minCharShare) {
      throw new IllegalArgumentException("need non-negative padding and 0 < minShare < maxShare");
    }
  }
}
