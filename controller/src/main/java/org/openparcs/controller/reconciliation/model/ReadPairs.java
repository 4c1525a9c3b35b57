package org.openparcs.controller.reconciliation.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Walks plate reads in time order and pairs each read with the previous read of the same plate: at
 * another lane facing the same way within {@code window}, the plate is in two places at once. Holds
 * only the reads of the last window, so memory stays small however many reads pass.
 */
public final class ReadPairs {

  private record LastRead(UUID id, String lane, Instant at) {}

  private final Period period;
  private final Duration window;
  private final Map<String, String> directionOfLane;
  private final Map<String, LastRead> recent = new HashMap<>();
  private final List<GarageRecords.TwoPlaces> found = new ArrayList<>();
  private Instant lastSweep = Instant.MIN;

  /**
   * @param directionOfLane ENTRY or EXIT of every lane of the garage
   */
  public ReadPairs(Period period, Duration window, Map<String, String> directionOfLane) {
    this.period = period;
    this.window = window;
    this.directionOfLane = Map.copyOf(directionOfLane);
  }

  public void accept(UUID id, String plate, String lane, Instant at) {
    LastRead previous = recent.put(plate, new LastRead(id, lane, at));
    if (previous != null
        && !previous.lane().equals(lane)
        && directionOfLane.get(previous.lane()).equals(directionOfLane.get(lane))
        && !at.isAfter(previous.at().plus(window))
        && period.contains(at)) {
      found.add(
          new GarageRecords.TwoPlaces(
              plate, previous.id(), previous.lane(), previous.at(), id, lane, at));
    }
    if (at.isAfter(lastSweep.plus(window))) {
      sweep(at);
    }
  }

  public List<GarageRecords.TwoPlaces> found() {
    return found;
  }

  private void sweep(Instant now) {
    Instant horizon = now.minus(window);
    for (Iterator<LastRead> it = recent.values().iterator(); it.hasNext(); ) {
      if (it.next().at().isBefore(horizon)) {
        it.remove();
      }
    }
    lastSweep = now;
  }
}
