package org.openparcs.controller.plate.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;

/**
 * An operator's correction of a read, or of a vehicle nobody read, as audited (POLICY K3): who,
 * when, why, what was read and what the operator read from the image.
 *
 * @param readId the read corrected, or null when nothing was read
 * @param exceptionId the operator exception it answers, or null
 * @param correctedReadId the operator's read (stored like any read, source {@code operator})
 * @param originalText what was read, or null when nothing was read
 * @param decisionId the decision taken on the correction for the waiting vehicle, or null
 */
public record PlateCorrection(
    UUID id,
    LaneId laneId,
    UUID readId,
    UUID exceptionId,
    UUID correctedReadId,
    PlateText originalText,
    PlateText correctedText,
    String operator,
    String reason,
    Instant correctedAt,
    UUID decisionId) {

  public PlateCorrection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(laneId, "laneId");
    Objects.requireNonNull(correctedReadId, "correctedReadId");
    Objects.requireNonNull(correctedText, "correctedText");
    Objects.requireNonNull(correctedAt, "correctedAt");
    if (readId == null && exceptionId == null) {
      throw new IllegalArgumentException("a correction is of a read or of an exception");
    }
    operator = required("operator", operator, 100);
    reason = required("reason", reason, 500);
  }

  /** False when the operator confirmed what was read. */
  public boolean changed() {
    return originalText == null || !originalText.equals(correctedText);
  }

  public PlateCorrection withDecision(UUID decision) {
    return new PlateCorrection(
        id,
        laneId,
        readId,
        exceptionId,
        correctedReadId,
        originalText,
        correctedText,
        operator,
        reason,
        correctedAt,
        decision);
  }

  private static String required(String what, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a correction names its " + what);
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new IllegalArgumentException(
          "the " + what + " of a correction is at most " + max + " characters");
    }
    return v;
  }
}
