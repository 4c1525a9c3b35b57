package org.openparcs.portal.hotlist.model;

import java.time.Instant;
import java.util.UUID;
import org.openparcs.portal.garage.model.GarageId;

/**
 * An alert: a read matched a hot-list entry. It never acts on its own; a person confirms it against
 * the image and records the disposition (POLICY U3).
 *
 * @param id its number
 * @param list the list that matched
 * @param entry the entry that matched
 * @param readId the read's event id
 * @param garage where the read was
 * @param lane the lane
 * @param camera the camera
 * @param plate the plate read
 * @param readAt when it was read
 * @param raisedAt when the portal raised the alert
 * @param disposition what the person found; null while open
 * @param note their note
 * @param confirmedBy who handled it; null while open
 * @param confirmedAt when
 */
public record Hit(
    long id,
    HotList list,
    HotListEntry entry,
    UUID readId,
    GarageId garage,
    String lane,
    String camera,
    String plate,
    Instant readAt,
    Instant raisedAt,
    Disposition disposition,
    String note,
    String confirmedBy,
    Instant confirmedAt) {

  public boolean open() {
    return confirmedAt == null;
  }
}
