package org.openparcs.portal.garage.model;

import java.time.Instant;

/**
 * A lane's live status on the garages page, from the latest gate event received for it.
 *
 * @param lane the lane's id
 * @param inService false after a {@code DEVICE_FAULT}, until the lane's module answers again
 * @param lastEventType the gate event that set the status
 * @param lastEventAt when it happened at the garage
 * @param detail the garage's detail text; may be null
 */
public record LaneView(
    String lane, boolean inService, String lastEventType, Instant lastEventAt, String detail) {}
