package org.openparcs.controller.lane.control.model;

import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.plate.model.PlateText;

/**
 * A granted decision waiting for its vehicle to be counted through the lane.
 *
 * @param permitId the permit that was the credential, or null
 */
public record VendTicket(UUID decisionId, PlateText plate, UUID permitId) {
  public VendTicket {
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(plate, "plate");
  }
}
