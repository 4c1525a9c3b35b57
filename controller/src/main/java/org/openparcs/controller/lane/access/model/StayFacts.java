package org.openparcs.controller.lane.access.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the visitor and permit-capacity rules look at besides the access request: whether this
 * garage admits visitors, how full the vehicle's permit group is, what its stay owes at the exit.
 *
 * @param permitGroup the permit group of the plate's valid permit at entry: parks and vehicles
 *     inside now; empty without a valid permit
 * @param charge at exit, what the plate's open stay owes; empty when no fee applies (no open
 *     session, or a stay its permit covers)
 */
public record StayFacts(
    boolean visitorsAdmitted, Optional<PermitParks> permitGroup, Optional<ExitCharge> charge) {

  public StayFacts {
    Objects.requireNonNull(permitGroup, "permitGroup");
    Objects.requireNonNull(charge, "charge");
  }

  public static StayFacts none(boolean visitorsAdmitted) {
    return new StayFacts(visitorsAdmitted, Optional.empty(), Optional.empty());
  }

  /** A permit holder's group: how many of its vehicles may be inside at once, and how many are. */
  public record PermitParks(String holder, int parks, int inside) {
    public boolean full() {
      return inside >= parks;
    }
  }
}
