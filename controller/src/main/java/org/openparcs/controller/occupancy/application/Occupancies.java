package org.openparcs.controller.occupancy.application;

import java.util.List;
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

  /** Adds the group or changes its parks. */
  void saveGroup(PermitGroup group);
}
