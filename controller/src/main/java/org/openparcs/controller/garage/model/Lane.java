package org.openparcs.controller.garage.model;

import java.util.Objects;

/** A lane of the garage: one barrier, its loops and cameras, entry or exit. */
public record Lane(LaneId id, String name, Direction direction) {
  public Lane {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(direction, "direction");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("lane " + id + " needs a name");
    }
  }
}
