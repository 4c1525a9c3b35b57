package org.openparcs.controller.lane.access.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;

/**
 * Matches a read to the plates the garage knows. Exact first (as the garage compares plates, see
 * {@link PlateComparison}); then at most one substitution between confusable characters, and only
 * at a character the reader was unsure of: a character read with confidence is what the plate
 * shows, and a plate one confusable character away from a permit is another vehicle. Never a match
 * when two known plates are equally close.
 */
public final class PlateMatcher {

  private final PlateComparison comparison;
  private final double unsureBelow;

  /**
   * @param unsureBelow a character read with less confidence than this may be substituted
   */
  public PlateMatcher(PlateComparison comparison, double unsureBelow) {
    this.comparison = Objects.requireNonNull(comparison, "comparison");
    if (!(unsureBelow >= 0 && unsureBelow <= 1)) {
      throw new IllegalArgumentException("unsureBelow must be within 0..1: " + unsureBelow);
    }
    this.unsureBelow = unsureBelow;
  }

  public PlateComparison comparison() {
    return comparison;
  }

  /**
   * The plates a read may match, in compared form: the read itself and each single substitution at
   * an unsure character. What to look up among permits and open sessions.
   */
  public Set<String> candidateKeys(PlateText read, List<Double> charConfidences) {
    String text = read.value();
    checkConfidences(text, charConfidences);
    Set<String> keys = new LinkedHashSet<>();
    keys.add(comparison.key(text));
    for (int i = 0; i < text.length(); i++) {
      if (charConfidences.get(i) >= unsureBelow) {
        continue;
      }
      for (char alt : ConfusableCharacters.alternatives(text.charAt(i)).toCharArray()) {
        keys.add(comparison.key(text.substring(0, i) + alt + text.substring(i + 1)));
      }
    }
    return keys;
  }

  /** The known plate the read stands for, if exactly one is closest. */
  public PlateMatch match(
      PlateText read, List<Double> charConfidences, Collection<PlateText> known) {
    checkConfidences(read.value(), charConfidences);
    Set<PlateText> plates = new LinkedHashSet<>(known);
    String key = comparison.key(read);
    List<PlateText> same = plates.stream().filter(p -> comparison.key(p).equals(key)).toList();
    if (same.size() > 1) {
      return PlateMatch.ambiguous(same);
    }
    if (same.size() == 1) {
      PlateText plate = same.get(0);
      return plate.equals(read) ? PlateMatch.exact(plate) : PlateMatch.folded(plate);
    }
    List<PlateText> close = new ArrayList<>();
    int position = -1;
    for (PlateText plate : plates) {
      OptionalInt at = substitution(key, charConfidences, comparison.key(plate));
      if (at.isPresent()) {
        close.add(plate);
        position = at.getAsInt();
      }
    }
    if (close.size() > 1) {
      return PlateMatch.ambiguous(close);
    }
    if (close.isEmpty()) {
      return PlateMatch.none();
    }
    PlateText plate = close.get(0);
    return PlateMatch.confusable(
        plate, position, read.value().charAt(position), plate.value().charAt(position));
  }

  /** The one position where {@code known} differs from the read by an allowed substitution. */
  private OptionalInt substitution(String read, List<Double> charConfidences, String known) {
    if (read.length() != known.length()) {
      return OptionalInt.empty();
    }
    int at = -1;
    for (int i = 0; i < read.length(); i++) {
      if (read.charAt(i) != known.charAt(i)) {
        if (at >= 0) {
          return OptionalInt.empty();
        }
        at = i;
      }
    }
    boolean allowed =
        at >= 0
            && ConfusableCharacters.confusable(read.charAt(at), known.charAt(at))
            && charConfidences.get(at) < unsureBelow;
    return allowed ? OptionalInt.of(at) : OptionalInt.empty();
  }

  private static void checkConfidences(String text, List<Double> charConfidences) {
    if (charConfidences.size() != text.length()) {
      throw new IllegalArgumentException("one confidence per character of " + text);
    }
  }
}
