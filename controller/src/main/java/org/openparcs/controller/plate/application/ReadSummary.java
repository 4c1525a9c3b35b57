package org.openparcs.controller.plate.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;

/**
 * A stored read and the decision taken on it (decision fields null when the read decided nothing on
 * its own: it agreed with another read, or waited, or came for no vehicle).
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
    String basis) {

  public ReadSummary {
    charConfidences = List.copyOf(charConfidences);
  }
}
