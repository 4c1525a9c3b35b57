package org.openparcs.controller.plate.application;

import java.time.Instant;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;

/**
 * An exception waiting for an operator to read the plate from the image.
 *
 * @param decisionId the decision that refused the vehicle meanwhile, or null
 * @param readId the best read there was, or null (nothing read)
 * @param readText that read's plate, or null
 * @param confidence that read's confidence, or null
 * @param frameId the frame to show, or null (no image kept)
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
    UUID frameId) {}
