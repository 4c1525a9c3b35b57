package org.openparcs.portal.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.ingest.application.ReceivedEvents;
import org.openparcs.portal.ingest.model.EventBatch;
import org.openparcs.portal.ingest.model.GarageEvent;
import org.openparcs.portal.ingest.model.LaneState;
import org.openparcs.portal.ingest.model.ReadTally;
import org.openparcs.portal.ingest.model.StoredEvent;

/** Received events in memory, with the same unique rules as the table (id; garage and seq). */
public final class InMemoryReceivedEvents implements ReceivedEvents {

  private final Map<UUID, StoredEvent> byId = new LinkedHashMap<>();
  private final Map<GarageId, Long> lastSeq = new HashMap<>();
  private final Map<GarageId, Instant> lastContact = new HashMap<>();
  private final List<GarageId> locks = new ArrayList<>();
  private final List<ReadTally> tallies = new ArrayList<>();
  private final Map<GarageId, Long> backlog = new HashMap<>();
  private final Map<String, LaneState> lanes = new HashMap<>();

  @Override
  public void lockGarage(GarageId garage) {
    locks.add(garage);
  }

  @Override
  public List<StoredEvent> findOverlapping(GarageId garage, EventBatch batch) {
    return byId.values().stream()
        .filter(
            s ->
                batch.eventIds().contains(s.eventId())
                    || (s.garageId().equals(garage) && batch.seqs().contains(s.seq())))
        .toList();
  }

  @Override
  public void store(GarageId garage, List<GarageEvent> events, Instant receivedAt) {
    for (GarageEvent e : events) {
      boolean seqTaken =
          byId.values().stream().anyMatch(s -> s.garageId().equals(garage) && s.seq() == e.seq());
      if (byId.containsKey(e.eventId()) || seqTaken) {
        throw new IllegalStateException("unique key violated by " + e.eventId());
      }
      byId.put(e.eventId(), new StoredEvent(e.eventId(), garage, e.seq()));
    }
  }

  @Override
  public long recordContact(
      GarageId garage, Instant at, long batchLastSeq, int added, Long backlog) {
    lastContact.put(garage, at);
    if (backlog != null) {
      this.backlog.put(garage, backlog);
    }
    return lastSeq.merge(garage, batchLastSeq, Math::max);
  }

  @Override
  public void tally(GarageId garage, List<ReadTally> counted) {
    tallies.addAll(counted);
  }

  public List<ReadTally> tallies() {
    return tallies;
  }

  @Override
  public void updateLanes(GarageId garage, List<LaneState> states) {
    for (LaneState s : states) {
      lanes.merge(
          garage + "/" + s.lane(), s, (old, now) -> now.lastSeq() > old.lastSeq() ? now : old);
    }
  }

  public LaneState lane(GarageId garage, String lane) {
    return lanes.get(garage + "/" + lane);
  }

  public Long backlog(GarageId garage) {
    return backlog.get(garage);
  }

  public List<StoredEvent> stored() {
    return List.copyOf(byId.values());
  }

  public Instant lastContact(GarageId garage) {
    return lastContact.get(garage);
  }

  public List<GarageId> locks() {
    return List.copyOf(locks);
  }
}
