package org.openparcs.plate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A plate text hypothesis: characters A-Z and 0-9 only, with a score.
 *
 * @param text 1 to 12 characters, A-Z0-9
 * @param score 0..1, higher is more likely
 */
public record PlateText(String text, double score) {

  private static final Pattern ALLOWED = Pattern.compile("[A-Z0-9]{1,12}");

  public PlateText {
    if (text == null || !ALLOWED.matcher(text).matches()) {
      throw new IllegalArgumentException("plate text must be 1-12 of A-Z0-9: " + text);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be within 0..1: " + score);
    }
  }

  /**
   * The text with letter O read as digit 0 and letter I as digit 1: plates in many regions do not
   * tell them apart, so comparisons of plate texts should use this form.
   */
  public static String folded(String text) {
    return text.replace('O', '0').replace('I', '1');
  }

  /** Copies a list of hypotheses defensively, rejecting nulls. */
  static List<PlateText> copyOf(List<PlateText> texts) {
    return List.copyOf(texts);
  }
}
