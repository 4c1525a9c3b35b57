package org.openparcs.controller.lane.access.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** When a stay was last paid for (the exit grace period runs from there). */
public interface StayPayments {
  Optional<Instant> lastPaidAt(UUID sessionId);
}
