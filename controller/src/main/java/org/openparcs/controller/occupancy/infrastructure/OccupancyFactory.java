package org.openparcs.controller.occupancy.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.control.application.ChangeLaneMode;
import org.openparcs.controller.lane.control.application.LaneControls;
import org.openparcs.controller.lane.control.application.LaneModeChanges;
import org.openparcs.controller.occupancy.application.FollowOccupancy;
import org.openparcs.controller.occupancy.application.Occupancies;
import org.openparcs.controller.occupancy.application.ShowOccupancy;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;

/** Wires occupancy: the counts, the permit groups and the entry lanes' full mode. */
@Factory
class OccupancyFactory {

  @Singleton
  Occupancies occupancies(JdbcTransactions tx, GarageLayout garage, Clock clock) {
    return new JdbcOccupancies(tx, garage, clock);
  }

  @Singleton
  ShowOccupancy showOccupancy(
      Occupancies occupancies, JdbcTransactions tx, OccupancySettings settings) {
    return new ShowOccupancy(occupancies, tx, settings.capacity());
  }

  @Singleton
  FollowOccupancy followOccupancy(
      ShowOccupancy show,
      GarageLayout garage,
      LaneControls controls,
      LaneModeChanges changes,
      ChangeLaneMode changeMode,
      JdbcTransactions tx) {
    return new FollowOccupancy(show, garage.lanes(), controls, changes, changeMode, tx);
  }
}
