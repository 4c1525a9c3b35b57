package org.openparcs.controller.lane.access.model;

import java.util.List;

/**
 * Characters plate readers mistake for one another: 0/O/D/Q, 1/I/L, 8/B, 5/S, 2/Z, 6/G. Only these
 * may be substituted when a read is matched to a known plate.
 */
public final class ConfusableCharacters {

  private static final List<String> GROUPS = List.of("0ODQ", "1IL", "8B", "5S", "2Z", "6G");

  private ConfusableCharacters() {}

  /** Whether a reader may have read {@code a} where the plate shows {@code b} (a != b). */
  public static boolean confusable(char a, char b) {
    return a != b && GROUPS.stream().anyMatch(g -> g.indexOf(a) >= 0 && g.indexOf(b) >= 0);
  }

  /** The characters {@code c} may stand for, {@code c} excluded; empty when it has none. */
  public static String alternatives(char c) {
    for (String group : GROUPS) {
      if (group.indexOf(c) >= 0) {
        return group.replace(String.valueOf(c), "");
      }
    }
    return "";
  }
}
