package org.openparcs.plate.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plate formats a site expects, as regular expressions over the text (A-Z0-9), how much more an
 * alternative text that has one of them weighs in a region's vote, and how much of its own vote a
 * text passes to the texts of a listed format one confusable character away. Where the OCR
 * hesitates between characters of another kind (4 and L, 2 and Z), the format decides.
 *
 * @param patterns whole-text patterns; empty: no format is preferred
 * @param weight factor of 1 or more on the vote of a text that matches a pattern
 * @param confusionPrior 0..1: a text that has no listed format also votes, with this share of its
 *     own vote split among them, for the texts of a listed format that differ from it by one letter
 *     read for a digit or the other way round ({@link #CONFUSABLE}: L for 4, Z for 2, B for 8...);
 *     0: off
 */
public record PlateFormats(List<Pattern> patterns, double weight, double confusionPrior) {

  /**
   * Letters and digits that plate fonts and blur make look alike: each character with the ones of
   * the other kind it is read for. The pairs (0/O/D/Q, 1/I/L, 8/B, 5/S, 2/Z, 6/G) and 4/L,
   * 4/A, 7/T seen in us-dev reads; not O/0 nor I/1, which texts are compared folded for anyway.
   */
  public static final Map<Character, String> CONFUSABLE =
      Map.ofEntries(
          Map.entry('0', "DQU"),
          Map.entry('1', "LT"),
          Map.entry('2', "Z"),
          Map.entry('4', "LA"),
          Map.entry('5', "S"),
          Map.entry('6', "G"),
          Map.entry('7', "T"),
          Map.entry('8', "B"),
          Map.entry('D', "0"),
          Map.entry('Q', "0"),
          Map.entry('U', "0"),
          Map.entry('L', "14"),
          Map.entry('T', "17"),
          Map.entry('Z', "2"),
          Map.entry('A', "4"),
          Map.entry('S', "5"),
          Map.entry('G', "6"),
          Map.entry('B', "8"));

  /**
   * California's standard passenger plate since 1980: a digit, three letters, three digits; weight
   * 1.5; no confusion prior: with one (1: us-dev 78 -> 80 of 122) a stranger's {@code BKMT452} is
   * read as the permit {@code 8KMT452} (the controller's FramesIT), so it stays off by default.
   */
  public static final PlateFormats CALIFORNIA =
      new PlateFormats(List.of(Pattern.compile("[0-9][A-Z]{3}[0-9]{3}")), 1.5, 0);

  /** No preferred format. */
  public static final PlateFormats NONE = new PlateFormats(List.of(), 1, 0);

  public PlateFormats {
    patterns = List.copyOf(patterns);
    if (!(weight >= 1)) {
      throw new IllegalArgumentException("a format's weight must be 1 or more: " + weight);
    }
    if (!(confusionPrior >= 0 && confusionPrior <= 1)) {
      throw new IllegalArgumentException("confusionPrior must be within 0..1: " + confusionPrior);
    }
  }

  /**
   * The factor on the vote of {@code text}: {@code weight} when it has a listed format as it is,
   * else 1. Not after folding I to 1: a frame edge read as a leading I would then pass as a digit.
   */
  public double factor(String text) {
    return matches(text) ? weight : 1;
  }

  /**
   * The texts of a listed format one confusable substitution away from {@code text}, when it has no
   * listed format itself and the confusion prior is on; empty otherwise. Never more than one
   * character is changed.
   */
  public List<String> confusedWith(String text) {
    List<String> out = new ArrayList<>();
    if (confusionPrior == 0 || patterns.isEmpty() || matches(text)) {
      return out;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char original = chars[i];
      for (char other : CONFUSABLE.getOrDefault(original, "").toCharArray()) {
        chars[i] = other;
        String changed = new String(chars);
        if (matches(changed) && !out.contains(changed)) {
          out.add(changed);
        }
      }
      chars[i] = original;
    }
    return out;
  }

  private boolean matches(String text) {
    for (Pattern p : patterns) {
      if (p.matcher(text).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The same formats with another weight. */
  public PlateFormats withWeight(double other) {
    return new PlateFormats(patterns, other, confusionPrior);
  }

  /** The same formats with another confusion prior (0: off). */
  public PlateFormats withConfusionPrior(double other) {
    return new PlateFormats(patterns, weight, other);
  }
}
