package org.openparcs.controller.plate.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.plate.model.PlateBox;

/**
 * A stored read and the decision taken on it (decision fields null when the read decided nothing on
 * its own: it agreed with another read, or waited, or came for no vehicle). {@code box} is where
 * the plate is in the frame (null when the camera or reader gave none), {@code frameWidth} and
 * {@code frameHeight} the frame's size in pixels (null without a kept frame).
 */
public record ReadSummary(
    UUID readId,
    LaneId lane,
    String camera,
    String plate,
    double confidence,
    List<Double> charConfidences,
    String source,
    UUID frameId,
    Instant receivedAt,
    UUID decisionId,
    String outcome,
    String rule,
    String reason,
    String match,
    String matchedPlate,
    String basis,
    PlateBox box,
    Integer frameWidth,
    Integer frameHeight) {

  public ReadSummary {
    charConfidences = List.copyOf(charConfidences);
  }
}
