package org.openparcs.controller.lane.access.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openparcs.controller.plate.model.PlateText;

/**
 * The known plate a read was matched to, and by which rule.
 *
 * @param plate the matched plate; null unless EXACT, FOLDED or CONFUSABLE
 * @param tied the equally close plates of an AMBIGUOUS match, else empty
 * @param detail what was substituted (e.g. {@code B->8 at 1}), or empty
 */
public record PlateMatch(MatchKind kind, PlateText plate, List<PlateText> tied, String detail) {

  public PlateMatch {
    Objects.requireNonNull(kind, "kind");
    tied = List.copyOf(tied);
    detail = detail == null ? "" : detail;
    boolean matched =
        kind == MatchKind.EXACT || kind == MatchKind.FOLDED || kind == MatchKind.CONFUSABLE;
    if (matched != (plate != null)) {
      throw new IllegalArgumentException(
          "a " + kind + " match " + (matched ? "needs" : "has no") + " plate");
    }
    if ((kind == MatchKind.AMBIGUOUS) != (tied.size() >= 2)) {
      throw new IllegalArgumentException("an ambiguous match names the plates it ties");
    }
  }

  public static PlateMatch exact(PlateText plate) {
    return new PlateMatch(MatchKind.EXACT, plate, List.of(), "");
  }

  public static PlateMatch folded(PlateText plate) {
    return new PlateMatch(MatchKind.FOLDED, plate, List.of(), "O=0, I=1");
  }

  public static PlateMatch confusable(PlateText plate, int position, char read, char known) {
    return new PlateMatch(
        MatchKind.CONFUSABLE, plate, List.of(), read + "->" + known + " at " + position);
  }

  public static PlateMatch ambiguous(List<PlateText> tied) {
    return new PlateMatch(MatchKind.AMBIGUOUS, null, tied, "");
  }

  public static PlateMatch none() {
    return new PlateMatch(MatchKind.NONE, null, List.of(), "");
  }

  /** The known plate the read stands for, if it was matched to one. */
  public Optional<PlateText> matched() {
    return Optional.ofNullable(plate);
  }
}
