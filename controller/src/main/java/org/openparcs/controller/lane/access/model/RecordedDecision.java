package org.openparcs.controller.lane.access.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.plate.model.ReadBasis;

/**
 * A decision as stored: which read it answered, at which lane, when, how the read was matched to a
 * known plate and what made it the vehicle's read.
 *
 * @param plateReadId the plate read it answered, or null when a card read was the credential (the
 *     card read names its decision)
 * @param plate the plate as read
 * @param basis what made the read the vehicle's read
 * @param reads how many reads of the vehicle backed it
 */
public record RecordedDecision(
    UUID id,
    UUID plateReadId,
    LaneId laneId,
    PlateText plate,
    AccessDecision decision,
    Instant decidedAt,
    PlateMatch match,
    ReadBasis basis,
    int reads) {

  public RecordedDecision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(laneId, "laneId");
    Objects.requireNonNull(plate, "plate");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(basis, "basis");
  }

  /** A decision on one sure read, matched exactly. */
  public RecordedDecision(
      UUID id,
      UUID plateReadId,
      LaneId laneId,
      PlateText plate,
      AccessDecision decision,
      Instant decidedAt) {
    this(
        id,
        plateReadId,
        laneId,
        plate,
        decision,
        decidedAt,
        PlateMatch.exact(plate),
        ReadBasis.HIGH_CONFIDENCE,
        1);
  }

  public boolean granted() {
    return decision instanceof AccessDecision.Granted;
  }

  /** The plate the vehicle was taken to carry: its session is kept under this plate. */
  public PlateText credential() {
    return match.matched().orElse(plate);
  }
}
