package org.openparcs.controller.occupancy.application;

import java.util.List;
import java.util.Optional;
import org.openparcs.controller.occupancy.model.GroupOccupancy;
import org.openparcs.controller.occupancy.model.PermitGroup;

/** Counts the vehicles inside (open sessions) and keeps the permit groups. */
public interface Occupancies {

  /** Open sessions now: {@code [all, visitors]}. */
  int[] inside();

  /** Every permit group with its vehicles inside now. */
  List<GroupOccupancy> groups();

  /**
   * The group of {@code holder} with its vehicles inside now; a holder without a group parks one
   * vehicle per permit it holds here.
   */
  GroupOccupancy group(String holder);

  /**
   * The group of {@code holder} with its vehicles inside now, when a group limits how many of its
   * vehicles may be inside; empty for a holder without one. Such a holder parks one vehicle per
   * permit, and a plate has at most one open session, so its vehicles can never exceed its parks:
   * the lane need not count them (it asks on every permit holder's entry).
   */
  default Optional<GroupOccupancy> limitingGroup(String holder) {
    return Optional.of(group(holder));
  }

  /** Adds the group or changes its parks. */
  void saveGroup(PermitGroup group);
}
