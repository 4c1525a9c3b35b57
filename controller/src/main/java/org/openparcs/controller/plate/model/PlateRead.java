package org.openparcs.controller.plate.model;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.LaneId;

/**
 * One plate read as a camera (or our reader, or an operator) delivered it.
 *
 * @param rawText the text as the camera sent it, kept as evidence
 * @param confidence the read's confidence, 0..1
 * @param charConfidences confidence in each character of {@code plate}, 0..1; empty when the source
 *     gives none
 * @param region region code the camera reported (e.g. us-ca), or null
 * @param box where the plate is in the frame, or null
 * @param frameId the stored frame the plate was read from, or null
 * @param source where it came from: a push format ({@code platerecognizer}), {@code frames} (our
 *     reader) or {@code operator}
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
    List<Double> charConfidences,
    String region,
    PlateBox box,
    UUID frameId,
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
    charConfidences = charConfidences == null ? List.of() : List.copyOf(charConfidences);
    boolean fits = charConfidences.isEmpty() || charConfidences.size() == plate.value().length();
    if (!fits || charConfidences.stream().anyMatch(c -> !(c >= 0 && c <= 1))) {
      throw new IllegalArgumentException(
          "character confidences must be one per character of the plate, each 0..1");
    }
  }

  /** The per-character confidences, or the overall confidence for each character. */
  public List<Double> charConfidencesOrOverall() {
    return charConfidences.isEmpty()
        ? Collections.nCopies(plate.value().length(), confidence)
        : charConfidences;
  }
}
