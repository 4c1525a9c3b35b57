package org.openparcs.portal.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.ingest.application.HitAlerts;
import org.openparcs.portal.ingest.model.GarageEvent;

/** Hot-list matching that remembers the reads it was given and matches the plates it is told. */
public final class RecordingHitAlerts implements HitAlerts {

  private final List<String> wanted;
  private final List<String> alerts = new ArrayList<>();

  public RecordingHitAlerts(List<String> wanted) {
    this.wanted = List.copyOf(wanted);
  }

  @Override
  public int raise(GarageId garage, List<GarageEvent> reads, Instant at) {
    int raised = 0;
    for (GarageEvent e : reads) {
      if (wanted.contains(e.facts().plate())) {
        alerts.add(garage.value() + "/" + e.facts().plate());
        raised++;
      }
    }
    return raised;
  }

  public List<String> alerts() {
    return alerts;
  }
}
