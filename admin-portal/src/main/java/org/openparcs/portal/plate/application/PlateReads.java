package org.openparcs.portal.plate.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.plate.model.PlateRead;

/** The plate reads received from garages. */
public interface PlateReads {

  /**
   * Reads of {@code plate} (or plates starting with it when {@code prefix}) in these garages,
   * newest first, at most {@code limit}.
   */
  List<PlateRead> search(
      String plate, boolean prefix, List<GarageId> garages, Instant from, Instant to, int limit);

  /** One read by its event id, whatever the garage. */
  Optional<PlateRead> find(UUID eventId);

  /** Every registered garage. */
  List<GarageId> garages();
}
