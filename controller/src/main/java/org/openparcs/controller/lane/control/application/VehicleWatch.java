package org.openparcs.controller.lane.control.application;

import java.time.Instant;
import java.util.Optional;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.lane.control.model.VehicleOnLoop;

/**
 * Told after every poll of a lane who stands on its arming loop: what follows a vehicle from its
 * arrival to its departure (its reads, the snapshots pulled of it) watches through this. Called
 * with no lane lock held; must return quickly (the lane monitor calls it).
 */
public interface VehicleWatch {
  void observed(Lane lane, Optional<VehicleOnLoop> vehicle, Instant at);
}
