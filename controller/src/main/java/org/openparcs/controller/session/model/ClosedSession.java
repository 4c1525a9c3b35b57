package org.openparcs.controller.session.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;

/** A finished stay. */
public record ClosedSession(
    OpenSession entry, LaneId exitLane, UUID exitDecisionId, Instant exitedAt) {

  public ClosedSession {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(exitLane, "exitLane");
    Objects.requireNonNull(exitDecisionId, "exitDecisionId");
    Objects.requireNonNull(exitedAt, "exitedAt");
    if (exitedAt.isBefore(entry.enteredAt())) {
      throw new IllegalArgumentException("a session cannot end before it starts");
    }
  }

  public UUID id() {
    return entry.id();
  }

  public Duration stay() {
    return Duration.between(entry.enteredAt(), exitedAt);
  }
}
