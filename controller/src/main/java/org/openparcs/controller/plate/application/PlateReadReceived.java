package org.openparcs.controller.plate.application;

import java.time.Instant;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.plate.model.PlateBox;

/**
 * A camera's read as it arrived, before anything was decided: the command the lane acts on.
 *
 * @param box may be null
 * @param region may be null
 */
public record PlateReadReceived(
    CameraId cameraId,
    String rawPlate,
    double confidence,
    String region,
    PlateBox box,
    String source,
    Instant capturedAt) {}
