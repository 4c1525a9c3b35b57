package org.openparcs.portal.ingest.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openparcs.portal.ingest.model.EventBatch;
import org.openparcs.portal.ingest.model.GarageEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The portal's end of the correlation trail (issue 9): each ingested event that carries the
 * correlation id its garage gave the camera push is logged with that id in the MDC ({@code
 * correlationId}), so one search finds the push, the gate event and the ingest. Never the plate.
 */
final class IngestLog {

  private static final Logger LOG = LoggerFactory.getLogger(IngestLog.class);
  private static final Pattern CORRELATION =
      Pattern.compile("\"correlationId\"\\s*:\\s*\"([A-Za-z0-9._-]{8,64})\"");

  private IngestLog() {}

  static void ingested(String garageId, EventBatch batch, long accepted, long duplicates) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    for (GarageEvent event : batch.events()) {
      Matcher m = CORRELATION.matcher(event.payloadJson());
      if (m.find()) {
        try (MDC.MDCCloseable c = MDC.putCloseable("correlationId", m.group(1))) {
          LOG.info(
              "Ingested {} event {} (seq {}) from garage {} [correlation {}]",
              event.type(),
              event.eventId(),
              event.seq(),
              garageId,
              m.group(1));
        }
      }
    }
    LOG.debug(
        "Garage {} delivered {} events: {} new, {} duplicates",
        garageId,
        batch.events().size(),
        accepted,
        duplicates);
  }
}
