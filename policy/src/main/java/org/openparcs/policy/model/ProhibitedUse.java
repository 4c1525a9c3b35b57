package org.openparcs.policy.model;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A use of ALPR data no profile allows (POLICY U2): immigration enforcement, monitoring protected
 * activity (First Amendment, reproductive care, religion), sale. A purpose, reason or crime type
 * that names one of its terms falls under it.
 *
 * @param id short name ({@code immigration})
 * @param label what the refusal says
 * @param terms words and phrases that place a text under this use, matched as whole words
 */
public record ProhibitedUse(String id, String label, List<String> terms) {

  public ProhibitedUse {
    if (id == null || id.isBlank() || label == null || terms == null || terms.isEmpty()) {
      throw new IllegalArgumentException("a prohibited use has an id, a label and terms");
    }
    terms = terms.stream().map(t -> t.toLowerCase(Locale.ROOT).strip()).toList();
  }

  /** Whether {@code text} names one of the terms (case-insensitive, whole words). */
  public boolean coversText(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String normalised =
        " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    return terms.stream()
        .map(t -> " " + t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ")
        .anyMatch(t -> Pattern.compile(Pattern.quote(t)).matcher(normalised).find());
  }
}
