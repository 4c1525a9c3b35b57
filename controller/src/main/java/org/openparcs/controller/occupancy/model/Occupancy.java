package org.openparcs.controller.occupancy.model;

import java.util.List;
import java.util.Optional;

/**
 * Vehicles inside the garage now (its open sessions), visitors and permit holders apart, against
 * its capacity, and per permit group.
 *
 * @param capacity spaces for all vehicles; 0 when not configured (never full)
 */
public record Occupancy(
    int inside, int visitors, int permitHolders, int capacity, List<GroupOccupancy> groups) {

  public Occupancy {
    groups = List.copyOf(groups);
    if (inside < 0 || visitors < 0 || permitHolders < 0 || capacity < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }

  /** Whether the garage has no space left for a visitor. */
  public boolean full() {
    return capacity > 0 && inside >= capacity;
  }

  public int free() {
    return capacity == 0 ? Integer.MAX_VALUE : Math.max(0, capacity - inside);
  }

  public Optional<GroupOccupancy> group(String holder) {
    return groups.stream().filter(g -> g.holder().equals(holder)).findFirst();
  }
}
