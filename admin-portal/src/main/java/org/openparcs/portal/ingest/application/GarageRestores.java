package org.openparcs.portal.ingest.application;

import java.time.Instant;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.ingest.model.GarageEvent;

/**
 * A garage's report that it restored a backup (event {@code backup_restored}: which backup, taken
 * when, how many purge and hold decisions it re-applied), recorded in the portal's audit trail
 * (POLICY R1: a restore must not bring purged data back unnoticed). Called once per stored event,
 * inside the ingest's transaction.
 */
public interface GarageRestores {

  /** The event type a garage reports a restore with. */
  String EVENT_TYPE = "backup_restored";

  void reported(GarageId garage, GarageEvent event, Instant receivedAt);
}
