package org.openparcs.controller.retention.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One purge order as the garage carried it out (its record for POLICY R4).
 *
 * @param orderId the portal's order
 * @param runId the portal's purge run
 * @param status RUNNING, DONE (purged, not yet confirmed), CONFIRMED or REFUSED
 * @param receivedAt when the garage first accepted or refused it
 * @param finishedAt when the purge finished; null while running or refused
 * @param confirmedAt when the portal recorded the confirmation; null until then
 * @param counts what was purged and kept
 * @param problem why it was refused; null otherwise
 */
public record GaragePurge(
    UUID orderId,
    long runId,
    Status status,
    Instant receivedAt,
    Instant finishedAt,
    Instant confirmedAt,
    PurgeCounts counts,
    String problem) {

  /** Where an order stands at the garage. */
  public enum Status {
    RUNNING,
    DONE,
    CONFIRMED,
    REFUSED
  }
}
