package org.openparcs.controller.plate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one read offered to its lane's read window.
 *
 * @param settled the vehicle's read, when this read completed it
 */
public record ReadOffer(Status status, Optional<VehicleRead> settled) {

  /** Where the read stands. */
  public enum Status {
    /** The read made (or completed) the vehicle's read: decide on it now. */
    SETTLED,
    /** Kept; not sure enough on its own and not yet agreed by other reads. */
    AWAITING_MORE_READS,
    /** The vehicle was let through, or this plate was already decided for it. */
    ALREADY_DECIDED,
    /** Nobody stood on the arming loop and the read is not sure enough to stand alone. */
    NO_VEHICLE,
    /** The vehicle it was captured for has left the arming loop. */
    VEHICLE_GONE
  }

  public ReadOffer {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(settled, "settled");
    if (settled.isPresent() != (status == Status.SETTLED)) {
      throw new IllegalArgumentException("a settled offer carries the vehicle's read, no other");
    }
  }

  public static ReadOffer settled(VehicleRead read) {
    return new ReadOffer(Status.SETTLED, Optional.of(read));
  }

  public static ReadOffer of(Status status) {
    return new ReadOffer(status, Optional.empty());
  }
}
