package org.openparcs.portal.ingest.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lane's live state at the portal, from the latest gate event received for it: a {@code
 * DEVICE_FAULT} puts it out of service, any other gate event shows its I/O module answering.
 *
 * @param lane the lane's id
 * @param inService whether the lane works
 * @param lastEventType the gate event that set this state
 * @param lastEventAt when that happened at the garage
 * @param lastSeq its seq (a later delivery of an older event never overrides a newer state)
 * @param detail the garage's detail text of that event
 */
public record LaneState(
    String lane,
    boolean inService,
    String lastEventType,
    Instant lastEventAt,
    long lastSeq,
    String detail) {

  /** The state each lane of a batch ends in, in seq order, one per lane. */
  public static List<LaneState> latest(List<GarageEvent> events) {
    Map<String, LaneState> byLane = new LinkedHashMap<>();
    for (GarageEvent e : events) {
      if (e.gate() != null) {
        GateSignal g = e.gate();
        byLane.put(
            g.lane(),
            new LaneState(g.lane(), !g.isFault(), g.type(), e.occurredAt(), e.seq(), g.detail()));
      }
    }
    return new ArrayList<>(byLane.values());
  }
}
