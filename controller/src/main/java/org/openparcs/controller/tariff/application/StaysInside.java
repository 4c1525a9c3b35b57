package org.openparcs.controller.tariff.application;

import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.tariff.model.StayToQuote;

/** Vehicles inside the garage (open sessions), with what their fee depends on. */
public interface StaysInside {

  /** The open session of {@code plate}, if the vehicle is inside. */
  Optional<StayToQuote> openStayOf(PlateText plate);

  /** The open session {@code sessionId}, if it exists and is still open. */
  Optional<StayToQuote> openStay(UUID sessionId);
}
