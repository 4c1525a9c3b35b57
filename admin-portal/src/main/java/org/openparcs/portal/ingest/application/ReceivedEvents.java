package org.openparcs.portal.ingest.application;

import java.time.Instant;
import java.util.List;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.ingest.model.EventBatch;
import org.openparcs.portal.ingest.model.GarageEvent;
import org.openparcs.portal.ingest.model.LaneState;
import org.openparcs.portal.ingest.model.ReadTally;
import org.openparcs.portal.ingest.model.StoredEvent;

/** The events the portal received from garages, once each, in each garage's order. */
public interface ReceivedEvents {

  /**
   * Locks the garage's inbox until the current unit of work ends, so that deliveries for one garage
   * are stored one after the other (overlapping retries cannot both store an event).
   */
  void lockGarage(GarageId garage);

  /** Stored events that share an event id with the batch, or a seq within this garage. */
  List<StoredEvent> findOverlapping(GarageId garage, EventBatch batch);

  /** Stores new events, received at {@code receivedAt}. */
  void store(GarageId garage, List<GarageEvent> events, Instant receivedAt);

  /**
   * Records that the garage reported at {@code at}, raising its last seq to at least {@code
   * batchLastSeq} and its event count by {@code added}, with the outbox backlog it reported (null:
   * not reported); returns its last seq now.
   */
  long recordContact(GarageId garage, Instant at, long batchLastSeq, int added, Long backlog);

  /** Adds the batch's reads and corrections to the per-day tallies (POLICY K4). */
  void tally(GarageId garage, List<ReadTally> tallies);

  /** Keeps each lane's state, unless a state from a later seq is kept already. */
  void updateLanes(GarageId garage, List<LaneState> lanes);
}
