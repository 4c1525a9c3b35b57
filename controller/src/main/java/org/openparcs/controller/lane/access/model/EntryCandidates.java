package org.openparcs.controller.lane.access.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;

/**
 * At an exit where the read matches no open session: the open sessions the plate inventory holds
 * that may be the vehicle's real entry, for an operator to choose from (or to call it a lost
 * ticket). The fuzzy rules of {@link PlateMatcher}, without its pick: the same plate as the garage
 * compares plates first; else every plate one confusable substitution away, at any character (the
 * operator sees both images, so the reader's confidence does not narrow the list). All equally
 * close entries are listed; none is ever picked for the operator.
 */
public final class EntryCandidates {

  private final PlateComparison comparison;

  public EntryCandidates(PlateComparison comparison) {
    this.comparison = Objects.requireNonNull(comparison, "comparison");
  }

  /**
   * The compared plates to look up in the inventory for {@code read}: the read itself and each
   * single confusable substitution.
   */
  public List<String> lookupKeys(PlateText read) {
    String text = read.value();
    List<String> keys = new ArrayList<>();
    keys.add(comparison.key(text));
    for (int i = 0; i < text.length(); i++) {
      for (char alt : ConfusableCharacters.alternatives(text.charAt(i)).toCharArray()) {
        String key = comparison.key(text.substring(0, i) + alt + text.substring(i + 1));
        if (!keys.contains(key)) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  /**
   * The closest of {@code open} to {@code read}, all of them when equally close; empty when none is
   * the same plate or one confusable character away.
   *
   * @param plateOf the plate each entry was read as at entry
   */
  public <T> List<T> closest(PlateText read, List<T> open, Function<T, PlateText> plateOf) {
    String key = comparison.key(read);
    List<T> same = new ArrayList<>();
    List<T> oneAway = new ArrayList<>();
    for (T entry : open) {
      String other = comparison.key(plateOf.apply(entry));
      if (other.equals(key)) {
        same.add(entry);
      } else if (oneConfusableApart(key, other)) {
        oneAway.add(entry);
      }
    }
    return Collections.unmodifiableList(same.isEmpty() ? oneAway : same);
  }

  private static boolean oneConfusableApart(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int at = -1;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (at >= 0) {
          return false;
        }
        at = i;
      }
    }
    return at >= 0 && ConfusableCharacters.confusable(a.charAt(at), b.charAt(at));
  }
}
