package org.openparcs.plate.locate;

/**
 * Settings of the character-blob localiser.
 *
 * @param minCharHeight smallest character height searched, frame pixels
 * @param levelMaxCharHeight largest character height searched at one pyramid level; taller
 *     characters are found on a halved level
 * @param levelStep size ratio between pyramid levels (2 halves each time; smaller steps overlap the
 *     character ranges of neighbouring levels more, at more cost)
 * @param blockSize adaptive-threshold window at each level, odd pixels
 * @param thresholdOffset how much darker than its surroundings a pixel must be to count as ink
 * @param maxRegions most regions returned, best first
 * @param shape character shape limits
 * @param lines line grouping rules
 * @param erodeSize side of the square the dark-on-light ink is eroded with for one more pass, in
 *     level pixels (0: no such pass); frees characters glued to each other or to a plate frame by
 *     blur, which the other passes see as one blob of no character shape
 */
public record LocaliserSettings(
    int minCharHeight,
    int levelMaxCharHeight,
    double levelStep,
    int blockSize,
    double thresholdOffset,
    int maxRegions,
    CharShape shape,
    LineRules lines,
    int erodeSize) {

  /**
   * Defaults for 1280x720 lane frames and tight plate crops alike; the erosion pass (2 pixels)
   * raised us-dev top-1 from 0.59 to 0.60 and us-crops-dev from 0.75 to 0.76, eu unchanged.
   */
  public static final LocaliserSettings DEFAULT =
      new LocaliserSettings(8, 40, 2, 25, 7, 6, CharShape.DEFAULT, LineRules.DEFAULT, 2);

  public LocaliserSettings {
    if (minCharHeight < 4 || levelMaxCharHeight < 2 * minCharHeight) {
      throw new IllegalArgumentException("need minCharHeight >= 4 and levelMaxCharHeight >= 2x it");
    }
    if (levelStep < 1.2 || levelStep > 3) {
      throw new IllegalArgumentException("levelStep must be 1.2..3: " + levelStep);
    }
    if (blockSize < 3 || blockSize % 2 == 0) {
      throw new IllegalArgumentException("blockSize must be odd and at least 3: " + blockSize);
    }
    if (thresholdOffset < 0 || maxRegions < 1 || shape == null || lines == null) {
      throw new IllegalArgumentException(
          "need thresholdOffset >= 0, maxRegions >= 1, shape, lines");
    }
    if (erodeSize < 0 || erodeSize > 5) {
      throw new IllegalArgumentException("erodeSize must be 0..5: " + erodeSize);
    }
  }

  /** The same settings with another number of regions returned. */
  public LocaliserSettings withMaxRegions(int regions) {
    return new LocaliserSettings(
        minCharHeight,
        levelMaxCharHeight,
        levelStep,
        blockSize,
        thresholdOffset,
        regions,
        shape,
        lines,
        erodeSize);
  }

  /** The same settings with another erosion pass (0: none). */
  public LocaliserSettings withErodeSize(int size) {
    return new LocaliserSettings(
        minCharHeight,
        levelMaxCharHeight,
        levelStep,
        blockSize,
        thresholdOffset,
        maxRegions,
        shape,
        lines,
        size);
  }
}
