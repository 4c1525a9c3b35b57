package org.openparcs.controller.lane.control.application;

import org.openparcs.controller.garage.model.LaneId;

/** A request names a lane this garage does not have. */
public class UnknownLaneException extends RuntimeException {
  public UnknownLaneException(LaneId lane) {
    super("no lane '" + lane + "' in this garage");
  }
}
