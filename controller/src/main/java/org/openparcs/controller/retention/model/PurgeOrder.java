package org.openparcs.controller.retention.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the portal orders this garage to purge after one of its purge runs (POLICY R1: purged from
 * every store), with the legal holds to respect (R3).
 *
 * @param id the order's id, quoted in the confirmation
 * @param runId the portal's purge run
 * @param garageId the garage it is addressed to
 * @param profile the jurisdiction profile in force
 * @param issuedAt when the portal issued it
 * @param cutoffs the cut-off of each ALPR data class
 * @param holds the holds whose records stay
 */
public record PurgeOrder(
    UUID id,
    long runId,
    String garageId,
    String profile,
    Instant issuedAt,
    List<ClassCutoff> cutoffs,
    List<LegalHold> holds) {

  public PurgeOrder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(garageId, "garageId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    cutoffs = List.copyOf(cutoffs);
    holds = List.copyOf(holds);
  }

  /** The cut-off of one class, when the order names it. */
  public Optional<ClassCutoff> cutoff(String dataClass) {
    return cutoffs.stream().filter(c -> c.dataClass().equals(dataClass)).findFirst();
  }

  /** The order's holds as sets for lookups. */
  public Holds heldRecords() {
    return Holds.of(holds);
  }
}
