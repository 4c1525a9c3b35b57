package org.openparcs.portal.ingest.application;

import java.time.Instant;
import java.util.List;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.ingest.model.GarageEvent;

/**
 * Matches newly received reads against the hot lists (POLICY S3). A match raises an alert for a
 * person to confirm, and nothing else (POLICY U3).
 */
public interface HitAlerts {

  /** Raises an alert per read that matches an approved entry of a list that may match now. */
  int raise(GarageId garage, List<GarageEvent> reads, Instant at);
}
