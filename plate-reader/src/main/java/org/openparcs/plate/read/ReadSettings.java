package org.openparcs.plate.read;

/**
 * How much work the reader spends per frame and what it reports.
 *
 * @param regionsToRead most regions, best first, handed to the OCR
 * @param viewsPerRegion most rectified views read per region
 * @param alternatives most alternative texts reported per plate
 * @param minConfidence candidates below this overall confidence are not reported
 * @param lineWeight weight of one line-OCR view against the glyph classifier when fusing character
 *     by character
 * @param wholeImageFallback read the whole image as one plate when no region reads as a plate (for
 *     callers that send tight plate crops)
 */
public record ReadSettings(
    int regionsToRead,
    int viewsPerRegion,
    int alternatives,
    double minConfidence,
    double lineWeight,
    boolean wholeImageFallback) {

  /** Defaults for lane frames. */
  public static final ReadSettings DEFAULT = new ReadSettings(3, 2, 10, 0.05, 0.5, true);

  public ReadSettings {
    if (regionsToRead < 1 || viewsPerRegion < 1 || alternatives < 1) {
      throw new IllegalArgumentException("need at least one region, view and alternative");
    }
    if (lineWeight < 0) {
      throw new IllegalArgumentException("lineWeight must not be negative: " + lineWeight);
    }
    if (minConfidence < 0 || minConfidence > 1) {
      throw new IllegalArgumentException("minConfidence must be within 0..1: " + minConfidence);
    }
  }
}
