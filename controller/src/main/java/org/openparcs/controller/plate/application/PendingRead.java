package org.openparcs.controller.plate.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.plate.model.CandidateRead;
import org.openparcs.controller.plate.model.PlateBox;

/**
 * An exception waiting for an operator to read the plate from the image.
 *
 * @param decisionId the decision that refused the vehicle meanwhile, or null
 * @param readId the best read there was, or null (nothing read)
 * @param readText that read's plate, or null
 * @param confidence that read's confidence, or null
 * @param frameId the frame to show, or null (no image kept)
 * @param box where the read's plate is in that frame, or null
 * @param frameWidth the frame's width in pixels, or null
 * @param frameHeight the frame's height in pixels, or null
 * @param candidates the reads of the vehicle offered as one-click corrections, in that order
 */
public record PendingRead(
    UUID exceptionId,
    LaneId lane,
    String kind,
    String detail,
    Instant raisedAt,
    UUID decisionId,
    UUID readId,
    String readText,
    Double confidence,
    UUID frameId,
    PlateBox box,
    Integer frameWidth,
    Integer frameHeight,
    List<CandidateRead> candidates) {

  public PendingRead {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }

  /** The same, with its candidate reads. */
  public PendingRead withCandidates(List<CandidateRead> offered) {
    return new PendingRead(
        exceptionId,
        lane,
        kind,
        detail,
        raisedAt,
        decisionId,
        readId,
        readText,
        confidence,
        frameId,
        box,
        frameWidth,
        frameHeight,
        offered);
  }
}
