package org.openparcs.controller.lane.control.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;

/**
 * Something at a lane an operator must look at, as stored.
 *
 * @param decisionId the access decision it concerns, or null
 * @param readId the plate read it concerns, or null
 * @param frameId the camera frame to show beside it, or null
 * @param candidateReads the stored reads of the vehicle an operator is offered as corrections, in
 *     that order (none for an exception that is not about reading a plate)
 */
public record LaneException(
    UUID id,
    LaneId laneId,
    LaneExceptionKind kind,
    UUID decisionId,
    String detail,
    Instant raisedAt,
    UUID readId,
    UUID frameId,
    List<UUID> candidateReads) {

  /** The longest detail kept (column {@code lane_exception.detail}); longer ones are cut. */
  public static final int MAX_DETAIL = 2000;

  public LaneException {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(laneId, "laneId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(raisedAt, "raisedAt");
    if (detail == null || detail.isBlank()) {
      throw new IllegalArgumentException("a lane exception says what happened");
    }
    if (detail.length() > MAX_DETAIL) {
      detail = detail.substring(0, MAX_DETAIL - 3) + "...";
    }
    candidateReads = candidateReads == null ? List.of() : List.copyOf(candidateReads);
  }

  /** An exception without candidate reads. */
  public LaneException(
      UUID id,
      LaneId laneId,
      LaneExceptionKind kind,
      UUID decisionId,
      String detail,
      Instant raisedAt,
      UUID readId,
      UUID frameId) {
    this(id, laneId, kind, decisionId, detail, raisedAt, readId, frameId, List.of());
  }

  /** An exception about no read or frame. */
  public LaneException(
      UUID id,
      LaneId laneId,
      LaneExceptionKind kind,
      UUID decisionId,
      String detail,
      Instant raisedAt) {
    this(id, laneId, kind, decisionId, detail, raisedAt, null, null);
  }
}
