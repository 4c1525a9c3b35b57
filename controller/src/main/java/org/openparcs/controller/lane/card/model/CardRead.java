package org.openparcs.controller.lane.card.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;

/** A card held to a lane's reader, as stored. */
public record CardRead(UUID id, LaneId laneId, String readerId, CardNumber card, Instant readAt) {
  public CardRead {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(laneId, "laneId");
    Objects.requireNonNull(readerId, "readerId");
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(readAt, "readAt");
  }
}
