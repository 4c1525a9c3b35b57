package org.openparcs.controller.reporting.application;

import java.time.Instant;
import org.openparcs.controller.reporting.model.GarageEvent;

/**
 * Events waiting for the portal. Append inside the transaction that stores what the event
 * describes, so an event exists exactly when its record does.
 */
public interface Outbox {
  void append(GarageEvent event, Instant occurredAt);
}
