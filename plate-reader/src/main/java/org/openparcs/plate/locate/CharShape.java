package org.openparcs.plate.locate;

/**
 * Limits on the shape of a connected component for it to count as a plate character.
 *
 * @param minAspect smallest width/height (a narrow "1")
 * @param maxAspect largest width/height (a wide "W")
 * @param minFill smallest share of the bounding box covered by ink
 * @param maxFill largest share of the bounding box covered by ink (a solid block is no character)
 */
public record CharShape(double minAspect, double maxAspect, double minFill, double maxFill) {

  /** Limits that suit the usual plate fonts. */
  public static final CharShape DEFAULT = new CharShape(0.08, 1.15, 0.12, 0.92);

  public CharShape {
    if (!(minAspect > 0
        && minAspect < maxAspect
        && minFill > 0
        && minFill < maxFill
        && maxFill <= 1)) {
      throw new IllegalArgumentException(
          "need 0 < minAspect < maxAspect and 0 < minFill < maxFill <= 1");
    }
  }
}
