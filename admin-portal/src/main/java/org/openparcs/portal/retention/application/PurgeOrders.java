package org.openparcs.portal.retention.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.retention.model.ClassCutoff;
import org.openparcs.portal.retention.model.LegalHold;
import org.openparcs.portal.retention.model.PurgeOrder;

/** The purge orders the portal issues to its garages, and their confirmations. */
public interface PurgeOrders {

  /** One order per registered garage for a run: its cut-offs and the holds to respect. */
  void issueToEveryGarage(
      long runId, String profile, Instant at, List<ClassCutoff> cutoffs, List<LegalHold> holds);

  /** The garage's orders not confirmed yet, oldest first. */
  List<PurgeOrder> pending(GarageId garage);

  /** The order with this id, if it is the garage's. */
  java.util.Optional<PurgeOrder> find(GarageId garage, UUID orderId);

  /** Records the garage's confirmation; false when it was confirmed before. */
  boolean confirm(UUID orderId, Instant at, Instant completedAt, Map<String, Long> counts);
}
