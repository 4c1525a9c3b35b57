package org.openparcs.controller.lane.access.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.GarageId;
import org.openparcs.controller.plate.model.PlateText;

/**
 * A plate allowed into one garage from {@code validFrom} (inclusive) to {@code validTo}
 * (exclusive).
 */
public record Permit(
    UUID id,
    GarageId garageId,
    PlateText plate,
    String holder,
    PermitKind kind,
    Instant validFrom,
    Instant validTo) {

  public Permit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(garageId, "garageId");
    Objects.requireNonNull(plate, "plate");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    if (holder == null || holder.isBlank() || holder.length() > 200) {
      throw new IllegalArgumentException("a permit names its holder (1-200 characters)");
    }
    if (!validTo.isAfter(validFrom)) {
      throw new IllegalArgumentException("a permit must end after it starts");
    }
  }

  public boolean isValidAt(Instant time) {
    return !time.isBefore(validFrom) && time.isBefore(validTo);
  }
}
