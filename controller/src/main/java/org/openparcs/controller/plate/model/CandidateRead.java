package org.openparcs.controller.plate.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A read of the vehicle an operator is asked about, offered as a one-click correction (POLICY K3:
 * the operator still confirms it against the image, and the correction is audited).
 *
 * @param readId the stored read
 * @param text its plate
 * @param confidence its confidence, 0..1
 * @param charConfidences confidence in each character, 0..1; empty when the source gave none
 * @param frameId the frame it was read from, or null
 */
public record CandidateRead(
    UUID readId, String text, double confidence, List<Double> charConfidences, UUID frameId) {

  public CandidateRead {
    Objects.requireNonNull(readId, "readId");
    Objects.requireNonNull(text, "text");
    charConfidences = charConfidences == null ? List.of() : List.copyOf(charConfidences);
  }
}
