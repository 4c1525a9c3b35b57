package org.openparcs.controller.camera.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.LaneId;

/**
 * A camera frame the controller accepted for reading.
 *
 * @param width declared width in pixels
 * @param height declared height in pixels
 * @param bytes size of the encoded image
 */
public record Frame(
    UUID id,
    LaneId lane,
    CameraId camera,
    FrameSource source,
    int width,
    int height,
    int bytes,
    Instant receivedAt) {

  public Frame {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(camera, "camera");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (width < 1 || height < 1 || bytes < 1) {
      throw new IllegalArgumentException("a frame has pixels and bytes");
    }
  }
}
