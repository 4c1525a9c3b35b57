package org.openparcs.controller.lane.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.access.application.AccessDecisions;
import org.openparcs.controller.lane.access.application.Permits;
import org.openparcs.controller.lane.access.model.AccessRules;
import org.openparcs.controller.lane.application.HandlePlateRead;
import org.openparcs.controller.lane.application.VendAtLane;
import org.openparcs.controller.lane.control.application.LaneControls;
import org.openparcs.controller.plate.application.PlateReads;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.session.application.Sessions;
import org.openparcs.controller.shared.application.Transactions;

@Factory
public class LaneFactory {
  @Singleton
  HandlePlateRead handlePlateRead(
      GarageLayout garage,
      AccessRules rules,
      PlateReads reads,
      Permits permits,
      Sessions sessions,
      AccessDecisions decisions,
      LaneControls lanes,
      VendAtLane vendAtLane,
      Outbox outbox,
      Transactions tx,
      Clock clock) {
    return new HandlePlateRead(
        garage, rules, reads, permits, sessions, decisions, lanes, vendAtLane, outbox, tx, clock);
  }
}
