package org.openparcs.controller.camera.application;

import org.openparcs.controller.garage.model.LaneId;

/** The lane's share of the frame readers' queue is full: the frame was not taken. */
public class FramesBusyException extends RuntimeException {
  public FramesBusyException(LaneId lane) {
    super(
        "the plate readers of lane "
            + lane
            + " are busy: the frame was not taken, send a newer one shortly");
  }
}
