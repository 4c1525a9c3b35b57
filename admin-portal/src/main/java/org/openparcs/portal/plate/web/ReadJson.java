package org.openparcs.portal.plate.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.openparcs.portal.plate.model.PlateRead;

/** A plate read in {@code GET /api/reads}. */
@Serdeable
record ReadJson(
    String eventId,
    String garageId,
    String lane,
    String camera,
    String plate,
    @Nullable Double confidence,
    Instant occurredAt) {

  static ReadJson of(PlateRead r) {
    return new ReadJson(
        r.eventId().toString(),
        r.garage().value(),
        r.lane(),
        r.camera(),
        r.plate(),
        r.confidence(),
        r.occurredAt());
  }
}
