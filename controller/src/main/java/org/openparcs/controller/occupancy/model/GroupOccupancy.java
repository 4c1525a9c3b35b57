package org.openparcs.controller.occupancy.model;

import java.util.Objects;

/**
 * A permit group (the permits of one holder in this garage) and how many of its vehicles are inside
 * now.
 *
 * @param parks how many of the group's vehicles may be inside at once ("Parks")
 */
public record GroupOccupancy(String holder, int parks, int inside) {
  public GroupOccupancy {
    Objects.requireNonNull(holder, "holder");
    if (parks < 0 || inside < 0) {
      throw new IllegalArgumentException("parks and inside cannot be negative");
    }
  }

  /** Whether another vehicle of the group would exceed its parks. */
  public boolean full() {
    return inside >= parks;
  }
}
