package org.openparcs.controller.lane.access.application;

import java.util.List;
import org.openparcs.controller.lane.access.model.Permit;
import org.openparcs.controller.plate.model.PlateText;

/** The garage's permits. */
public interface Permits {
  void save(Permit permit);

  /** Every permit of this plate in this garage, valid or not. */
  List<Permit> forPlate(PlateText plate);

  /** Permits of the garage, newest first, at most {@code limit}. */
  List<Permit> list(int limit);
}
