package org.openparcs.plate.locate;

/**
 * How blobs must sit to count as neighbouring characters of one plate line.
 *
 * @param minChars fewest blobs in a line
 * @param maxGap largest gap between neighbours, in character heights
 * @param maxHeightRatio largest ratio of neighbour heights
 * @param maxCentreShift largest vertical offset of neighbour centres, in character heights
 * @param maxSlope largest extra vertical offset per horizontal pixel (tilted plates)
 */
public record LineRules(
    int minChars, double maxGap, double maxHeightRatio, double maxCentreShift, double maxSlope) {

  /** Rules that suit single-line plates tilted up to about 15 degrees. */
  public static final LineRules DEFAULT = new LineRules(3, 1.6, 1.35, 0.2, 0.27);

  public LineRules {
    if (minChars < 2 || maxGap <= 0 || maxHeightRatio < 1 || maxCentreShift < 0 || maxSlope < 0) {
      throw new IllegalArgumentException(
          "need minChars >= 2, maxGap > 0, maxHeightRatio >= 1, non-negative shift and slope");
    }
  }
}
