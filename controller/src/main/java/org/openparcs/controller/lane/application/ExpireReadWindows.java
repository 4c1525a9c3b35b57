package org.openparcs.controller.lane.application;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.lane.control.application.VehicleWatch;
import org.openparcs.controller.lane.control.model.VehicleOnLoop;

/**
 * Follows each lane's vehicle after every poll: a vehicle that left takes its unfinished reads with
 * it; one still waiting whose read window passed without a sure read is decided on its best read,
 * which the rules refuse and hand to the operator with the image, instead of guessing.
 */
public final class ExpireReadWindows implements VehicleWatch {

  private final LaneReadWindows windows;
  private final DecideVehicle decide;

  public ExpireReadWindows(LaneReadWindows windows, DecideVehicle decide) {
    this.windows = windows;
    this.decide = decide;
  }

  @Override
  public void observed(Lane lane, Optional<VehicleOnLoop> vehicle, Instant at) {
    OptionalLong now = vehicle.map(v -> OptionalLong.of(v.arrival())).orElse(OptionalLong.empty());
    windows.withLane(
        lane.id(),
        window -> window.observe(now, at).map(read -> decide.decide(lane, read, window, now)));
  }
}
