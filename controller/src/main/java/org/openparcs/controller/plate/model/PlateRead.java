package org.openparcs.controller.plate.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.LaneId;

/**
 * One plate read as a camera delivered it.
 *
 * @param rawText the text as the camera sent it, kept as evidence
 * @param confidence the camera's confidence, 0..1
 * @param region region code the camera reported (e.g. us-ca), or null
 * @param box where the plate is in the frame, or null
 * @param source the push format it came in (e.g. platerecognizer)
 * @param capturedAt when the camera saw the plate (its clock)
 * @param receivedAt when the controller received it (our clock)
 */
public record PlateRead(
    UUID id,
    LaneId laneId,
    CameraId cameraId,
    PlateText plate,
    String rawText,
    double confidence,
    String region,
    PlateBox box,
    String source,
    Instant capturedAt,
    Instant receivedAt) {

  public PlateRead {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(laneId, "laneId");
    Objects.requireNonNull(cameraId, "cameraId");
    Objects.requireNonNull(plate, "plate");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(capturedAt, "capturedAt");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
    }
  }
}
