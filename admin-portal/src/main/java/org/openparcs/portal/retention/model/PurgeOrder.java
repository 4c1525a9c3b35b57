package org.openparcs.portal.retention.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openparcs.portal.garage.model.GarageId;

/**
 * What one garage must purge after a portal purge run (POLICY R1: purged from every store), and its
 * confirmation once it arrives.
 *
 * @param id the order's id, which the garage quotes when it confirms
 * @param runId the portal's purge run
 * @param garage the garage
 * @param profile the jurisdiction profile in force
 * @param issuedAt when the portal issued it
 * @param cutoffs each ALPR data class's cut-off: older records go, rows and image files
 * @param holds the legal holds the garage must respect (their records stay)
 * @param confirmedAt when the garage confirmed; null while pending
 * @param counts what the garage reported it purged and kept; empty while pending
 */
public record PurgeOrder(
    UUID id,
    long runId,
    GarageId garage,
    String profile,
    Instant issuedAt,
    List<ClassCutoff> cutoffs,
    List<LegalHold> holds,
    Instant confirmedAt,
    Map<String, Long> counts) {

  public PurgeOrder {
    cutoffs = List.copyOf(cutoffs);
    holds = List.copyOf(holds);
    counts = Map.copyOf(counts);
  }
}
