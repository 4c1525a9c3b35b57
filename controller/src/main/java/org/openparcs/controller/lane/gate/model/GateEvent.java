package org.openparcs.controller.lane.gate.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;

/**
 * Something that happened at a lane's barrier.
 *
 * @param decisionId the access decision a vend answered, or null
 * @param detail operator-facing detail (a device error), or null
 */
public record GateEvent(
    UUID id,
    LaneId laneId,
    GateEventType type,
    UUID decisionId,
    String detail,
    Instant occurredAt) {
  public GateEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(laneId, "laneId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if (detail != null && detail.length() > 255) {
      detail = detail.substring(0, 252) + "...";
    }
  }
}
