package org.openparcs.portal.ingest.model;

import java.util.UUID;
import org.openparcs.portal.garage.model.GarageId;

/** What the portal already holds of an event: its id, its garage and its seq there. */
public record StoredEvent(UUID eventId, GarageId garageId, long seq) {}
