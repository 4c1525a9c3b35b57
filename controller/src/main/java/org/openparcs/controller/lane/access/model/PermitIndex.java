package org.openparcs.controller.lane.access.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;

/**
 * A garage's permits, opened, indexed by plate and by each way of comparing plates: the lookup a
 * read makes costs the same with 100 permits or 200,000 (a scan of every permit per read cost the
 * lanes milliseconds per vehicle at 160k permits). Answers keep the order the permits were given
 * in, at most {@link #LIMIT} permits. Immutable once built, safe to share between lanes.
 */
public final class PermitIndex {

  /** At most this many permits per answer, as the scan it replaces answered. */
  public static final int LIMIT = 1000;

  private record Entry(int position, Permit permit) {}

  private final List<Permit> all;
  private final Map<PlateText, List<Entry>> byPlate = new HashMap<>();
  private final Map<PlateComparison, Map<String, List<Entry>>> byKey = new ConcurrentHashMap<>();

  public PermitIndex(List<Permit> permits) {
    this.all = List.copyOf(permits);
    for (int i = 0; i < all.size(); i++) {
      Permit p = all.get(i);
      byPlate.computeIfAbsent(p.plate(), k -> new ArrayList<>()).add(new Entry(i, p));
    }
  }

  /** Every permit, in the order given. */
  public List<Permit> all() {
    return all;
  }

  /** The permits of exactly this plate. */
  public List<Permit> forPlate(PlateText plate) {
    return permits(byPlate.getOrDefault(plate, List.of()));
  }

  /** The permits whose plate, compared as {@code comparison} says, is one of {@code keys}. */
  public List<Permit> near(Set<String> keys, PlateComparison comparison) {
    if (keys.isEmpty()) {
      return List.of();
    }
    Map<String, List<Entry>> index = byKey.computeIfAbsent(comparison, this::indexBy);
    List<Entry> found = new ArrayList<>();
    for (String key : keys) {
      found.addAll(index.getOrDefault(key, List.of()));
    }
    if (keys.size() > 1) {
      found.sort(Comparator.comparingInt(Entry::position));
    }
    return permits(found);
  }

  private Map<String, List<Entry>> indexBy(PlateComparison comparison) {
    Map<String, List<Entry>> index = new HashMap<>();
    byPlate.forEach(
        (plate, entries) ->
            index.computeIfAbsent(comparison.key(plate), k -> new ArrayList<>()).addAll(entries));
    index.values().forEach(l -> l.sort(Comparator.comparingInt(Entry::position)));
    return index;
  }

  private static List<Permit> permits(List<Entry> entries) {
    return entries.stream().limit(LIMIT).map(Entry::permit).toList();
  }
}
