package org.openparcs.controller.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One vehicle at a time per lane: a vehicle is vended when it arrives or, if the lane is busy, one
 * second after the vehicle ahead has gone through; it goes through {@link #PASSAGE} after its vend.
 * So no clean vehicle's passage ever falls into another vehicle's vend cycle.
 */
final class LaneQueues {

  static final Duration PASSAGE = Duration.ofSeconds(3);
  private static final Duration GAP = Duration.ofSeconds(1);

  private LaneQueues() {}

  static void entries(List<Stay> stays) {
    run(stays, s -> s.entryLane.id(), s -> s.arrive, (s, vend) -> s.entryVend = vend);
  }

  static void exits(List<Stay> stays) {
    List<Stay> leaving = new ArrayList<>();
    for (Stay s : stays) {
      if (s.exits()) {
        leaving.add(s);
      }
    }
    run(
        leaving,
        s -> s.exitLane.id(),
        s -> later(s.leave, s.entryVend.plusSeconds(120)),
        (s, vend) -> s.exitVend = vend);
  }

  private static void run(
      List<Stay> stays,
      Function<Stay, String> lane,
      Function<Stay, Instant> arrival,
      BiConsumer<Stay, Instant> vend) {
    List<Stay> ordered = new ArrayList<>(stays);
    ordered.sort(Comparator.comparing(arrival));
    Map<String, Instant> free = new HashMap<>();
    for (Stay s : ordered) {
      Instant at = arrival.apply(s);
      Instant laneFree = free.get(lane.apply(s));
      Instant v = laneFree == null || !laneFree.isAfter(at) ? at : laneFree;
      vend.accept(s, v);
      free.put(lane.apply(s), v.plus(PASSAGE).plus(GAP));
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
