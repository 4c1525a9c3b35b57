package org.openparcs.controller.plate.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.plate.model.PlateBox;

/**
 * A camera's read as it arrived, before anything was decided: the command the lane acts on.
 *
 * @param charConfidences confidence in each character, 0..1; empty when the camera gives none (kept
 *     only when there is one per character of the normalised plate)
 * @param box may be null
 * @param region may be null
 * @param frameId the stored frame it was read from, or null
 */
public record PlateReadReceived(
    CameraId cameraId,
    String rawPlate,
    double confidence,
    List<Double> charConfidences,
    String region,
    PlateBox box,
    UUID frameId,
    String source,
    Instant capturedAt) {

  public PlateReadReceived {
    charConfidences = charConfidences == null ? List.of() : List.copyOf(charConfidences);
  }

  /** A pushed read without per-character confidences or a frame of ours. */
  public PlateReadReceived(
      CameraId cameraId,
      String rawPlate,
      double confidence,
      String region,
      PlateBox box,
      String source,
      Instant capturedAt) {
    this(cameraId, rawPlate, confidence, List.of(), region, box, null, source, capturedAt);
  }
}
