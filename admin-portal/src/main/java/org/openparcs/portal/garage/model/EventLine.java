package org.openparcs.portal.garage.model;

import java.time.Instant;

/**
 * One received event as the garages page lists it.
 *
 * @param occurredAt when it happened at the garage
 * @param seq the garage outbox's sequence number
 * @param type the event type, such as {@code plate_read}
 * @param summary a short text from the payload (plate, lane, outcome, ...); may be empty
 */
public record EventLine(Instant occurredAt, long seq, String type, String summary) {}
