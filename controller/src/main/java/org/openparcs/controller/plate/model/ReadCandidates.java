package org.openparcs.controller.plate.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which reads of a vehicle an operator is offered as corrections: one per plate text (the most
 * confident read of it, with its own frame), most confident first, a handful at most.
 */
public final class ReadCandidates {

  /** More than this many plate texts is noise, not a choice. */
  public static final int MAX = 6;

  private ReadCandidates() {}

  public static List<PlateRead> choose(List<PlateRead> reads) {
    Map<String, PlateRead> best = new LinkedHashMap<>();
    for (PlateRead r : reads) {
      best.merge(r.plate().value(), r, (a, b) -> b.confidence() > a.confidence() ? b : a);
    }
    return best.values().stream()
        .sorted(Comparator.comparingDouble(PlateRead::confidence).reversed())
        .limit(MAX)
        .toList();
  }
}
