package org.openparcs.portal.plate.model;

import java.time.Instant;
import java.util.UUID;
import org.openparcs.portal.garage.model.GarageId;

/**
 * A plate read a garage reported (a received {@code plate_read} event).
 *
 * @param eventId the event's id
 * @param garage where it was read
 * @param lane the lane, as the garage names it
 * @param camera the camera, as the garage names it
 * @param plate the plate as read
 * @param confidence the reader's confidence, 0..1; null when not reported
 * @param occurredAt when it was read
 */
public record PlateRead(
    UUID eventId,
    GarageId garage,
    String lane,
    String camera,
    String plate,
    Double confidence,
    Instant occurredAt) {}
