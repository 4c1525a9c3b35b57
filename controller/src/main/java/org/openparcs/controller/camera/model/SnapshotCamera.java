package org.openparcs.controller.camera.model;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.LaneId;

/**
 * A camera that serves frames (an ONVIF-style snapshot URI answering GET with a JPEG): the
 * controller pulls {@code pulls} frames, {@code interval} apart, while a vehicle waits on its
 * lane's arming loop for its read.
 */
public record SnapshotCamera(
    CameraId id, LaneId lane, URI uri, int pulls, Duration interval, Duration timeout) {

  public SnapshotCamera {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(timeout, "timeout");
    if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException("camera " + id + ": the snapshot URI must be http(s)");
    }
    if (pulls < 1 || pulls > 20) {
      throw new IllegalArgumentException("camera " + id + ": 1..20 snapshot pulls per vehicle");
    }
    if (interval.isNegative() || interval.isZero() || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("camera " + id + ": snapshot times must be positive");
    }
  }
}
