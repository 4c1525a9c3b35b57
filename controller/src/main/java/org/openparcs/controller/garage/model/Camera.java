package org.openparcs.controller.garage.model;

import java.util.Objects;

/**
 * A lane camera and the format its pushes arrive in.
 *
 * @param pushFormat {@code platerecognizer}, later {@code hikvision} or {@code frames}
 */
public record Camera(CameraId id, LaneId laneId, String pushFormat) {
  public Camera {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(laneId, "laneId");
    Objects.requireNonNull(pushFormat, "pushFormat");
  }
}
