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
 * @param maxCharAspect widest blob kept, width over height (a wide "W" in a regular font is ~1.3)
 * @param lineTolerance how far a blob's centre may lie from the line, in character heights
 * @param heightTolerance how far a blob's height and bottom may stray from the median of the line's
 *     blobs, as a share of that median (emblems and country bands stray further)
 * @param enoughChars fewer characters than this from the usual binarisation make the rectifier try
 *     others (characters glued together)
 * @param maxChars a binarisation yielding more blobs than this is taken for noise
 * @param bandHalfHeight half height of the band kept by the last binarisation tried, in character
 *     heights: it frees characters glued to a banner or frame edge above or below them
 * @param widening horizontal stretch of the widened view (plate fonts are condensed)
 * @param greyCut room kept left and right of the cleaned view's outermost characters when the grey
 *     view is cut to them, in character heights (emblems, country bands and frame edges beside the
 *     characters are cut away for the plate-line network); negative: the grey view keeps the full
 *     side padding
 */
public record RectifierSettings(
    int charHeight,
    double sidePadding,
    double margin,
    double minCharShare,
    double maxCharShare,
    double maxCharAspect,
    double lineTolerance,
    double heightTolerance,
    int enoughChars,
    int maxChars,
    double bandHalfHeight,
    double widening,
    double greyCut) {

  /** Defaults tuned on lane-camera frames. */
  public static final RectifierSettings DEFAULT =
      new RectifierSettings(40, 1.3, 0.5, 0.6, 1.45, 1.45, 0.3, 0.2, 6, 10, 0.6, 1.4, -1);

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
    if (maxCharAspect <= 0 || lineTolerance <= 0 || heightTolerance <= 0) {
      throw new IllegalArgumentException("aspect and tolerances must be positive");
    }
    if (bandHalfHeight < 0.5) {
      throw new IllegalArgumentException("bandHalfHeight below 0.5 would cut characters");
    }
    if (enoughChars < 1 || maxChars < enoughChars) {
      throw new IllegalArgumentException("need 1 <= enoughChars <= maxChars");
    }
  }

  /** The same settings with another cut of the grey view. */
  public RectifierSettings withGreyCut(double cut) {
    return new RectifierSettings(
        charHeight,
        sidePadding,
        margin,
        minCharShare,
        maxCharShare,
        maxCharAspect,
        lineTolerance,
        heightTolerance,
        enoughChars,
        maxChars,
        bandHalfHeight,
        widening,
        cut);
  }
}
