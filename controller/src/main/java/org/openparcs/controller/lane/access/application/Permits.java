package org.openparcs.controller.lane.access.application;

import java.util.List;
import java.util.Set;
import org.openparcs.controller.lane.access.model.Permit;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;

/** The garage's permits. */
public interface Permits {
  void save(Permit permit);

  /** Every permit of this plate in this garage, valid or not. */
  List<Permit> forPlate(PlateText plate);

  /**
   * Every permit in this garage, valid or not, whose plate compared as {@code comparison} says is
   * one of {@code keys}: the permits a read may stand for.
   */
  List<Permit> near(Set<String> keys, PlateComparison comparison);

  /** Permits of the garage, newest first, at most {@code limit}. */
  List<Permit> list(int limit);
}
