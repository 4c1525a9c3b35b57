package org.openparcs.controller.lane.device.application;

import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.device.model.LaneMessage;

/** The message displays at the lanes. A lane without a display ignores what it is sent. */
public interface LaneDisplays {

  /** Shows {@code message} until told otherwise. */
  void show(LaneId lane, LaneMessage message);

  /** Shows {@code message} for {@code seconds}, then the display's lasting message again. */
  void flash(LaneId lane, LaneMessage message, int seconds);
}
