package org.openparcs.plate.rank;

/**
 * How plausible a text is as a plate, from its shape alone: most plates carry 5 to 8 characters and
 * mix letters and digits, while the words around them (state names, slogans, shop signs) are
 * letters only.
 */
public final class PlateSyntax {

  private PlateSyntax() {}

  /** Plausibility 0..1 of a text as a plate. */
  public static double plausibility(String text) {
    int n = text.length();
    double length =
        n >= 5 && n <= 8 ? 1 : n == 4 ? 0.6 : n == 3 || n == 9 ? 0.3 : n == 2 ? 0.1 : 0.02;
    return length * mix(text);
  }

  /**
   * Whether one character, O and 0 or I and 1 taken as one, makes up more than half of the text:
   * what regular texture (grilles, railings, tyre treads) reads as. Few plates are like that, and
   * those mostly vanity plates ({@code B33333}).
   */
  public static boolean repetitive(String text) {
    if (text.isEmpty()) {
      return false;
    }
    int[] counts = new int[128];
    int most = 0;
    for (char c : text.toCharArray()) {
      char folded = c == 'O' ? '0' : c == 'I' ? '1' : c;
      most = Math.max(most, ++counts[folded & 127]);
    }
    return most * 2 > text.length();
  }

  private static double mix(String text) {
    long digits = text.chars().filter(Character::isDigit).count();
    if (digits == 0) {
      return 0.45;
    }
    return digits == text.length() ? 0.8 : 1;
  }
}
