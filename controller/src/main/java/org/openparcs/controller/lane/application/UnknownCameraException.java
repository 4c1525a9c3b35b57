package org.openparcs.controller.lane.application;

import org.openparcs.controller.garage.model.CameraId;

/** A read names a camera this garage does not have. */
public class UnknownCameraException extends RuntimeException {
  public UnknownCameraException(CameraId camera) {
    super("unknown camera '" + camera + "': it is not configured on any lane of this garage");
  }
}
