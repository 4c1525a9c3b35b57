package org.openparcs.controller.lane.control.model;

import java.util.List;
import java.util.Objects;

/** The lane's answer to a decision, and what it asks for because of it. */
public record Vend(GrantAnswer answer, List<LaneEffect> effects) {
  public Vend {
    Objects.requireNonNull(answer, "answer");
    effects = List.copyOf(effects);
  }
}
