package org.openparcs.portal.ingest.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and operator corrections counted per UTC day and place: aggregates without plates that
 * outlive the purged reads, for the annual data usage report (POLICY K4).
 */
public record ReadTally(LocalDate day, String lane, String camera, long reads, long corrections) {

  private record Key(LocalDate day, String lane, String camera) {}

  /** The tallies of a batch's reads and corrections (changed ones only). */
  public static List<ReadTally> of(List<GarageEvent> events) {
    Map<Key, long[]> counts = new LinkedHashMap<>();
    for (GarageEvent e : events) {
      ReadFacts f = e.facts();
      if (f == null || (f.correction() && !f.changed())) {
        continue;
      }
      Key key = new Key(LocalDate.ofInstant(e.occurredAt(), ZoneOffset.UTC), f.lane(), f.camera());
      counts.computeIfAbsent(key, k -> new long[2])[f.correction() ? 1 : 0]++;
    }
    List<ReadTally> tallies = new ArrayList<>();
    counts.forEach((k, c) -> tallies.add(new ReadTally(k.day(), k.lane(), k.camera(), c[0], c[1])));
    return tallies;
  }
}
