package org.openparcs.controller.lane.control.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;

/**
 * Something at a lane an operator must look at, as stored.
 *
 * @param decisionId the access decision it concerns, or null
 */
public record LaneException(
    UUID id,
    LaneId laneId,
    LaneExceptionKind kind,
    UUID decisionId,
    String detail,
    Instant raisedAt) {

  public LaneException {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(laneId, "laneId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(raisedAt, "raisedAt");
    if (detail == null || detail.isBlank()) {
      throw new IllegalArgumentException("a lane exception says what happened");
    }
    if (detail.length() > 255) {
      detail = detail.substring(0, 252) + "...";
    }
  }
}
