package org.openparcs.plate.rank;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Plate formats a site expects, as regular expressions over the text (A-Z0-9), and how much more an
 * alternative text that has one of them weighs in a region's vote. Where the OCR hesitates between
 * characters of another kind (4 and L, 2 and Z), the format decides.
 *
 * @param patterns whole-text patterns; empty: no format is preferred
 * @param weight factor of 1 or more on the vote of a text that matches a pattern
 */
public record PlateFormats(List<Pattern> patterns, double weight) {

  /** California's standard passenger plate since 1980: a digit, three letters, three digits. */
  public static final PlateFormats CALIFORNIA =
      new PlateFormats(List.of(Pattern.compile("[0-9][A-Z]{3}[0-9]{3}")), 1.5);

  /** No preferred format. */
  public static final PlateFormats NONE = new PlateFormats(List.of(), 1);

  public PlateFormats {
    patterns = List.copyOf(patterns);
    if (!(weight >= 1)) {
      throw new IllegalArgumentException("a format's weight must be 1 or more: " + weight);
    }
  }

  /**
   * The factor on the vote of {@code text}: {@code weight} when it has a listed format as it is,
   * else 1. Not after folding I to 1: a frame edge read as a leading I would then pass as a digit.
   */
  public double factor(String text) {
    for (Pattern p : patterns) {
      if (p.matcher(text).matches()) {
        return weight;
      }
    }
    return 1;
  }

  /** The same formats with another weight. */
  public PlateFormats withWeight(double other) {
    return new PlateFormats(patterns, other);
  }
}
