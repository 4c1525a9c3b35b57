package org.openparcs.controller.lane.card.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.access.application.AccessDecisions;
import org.openparcs.controller.lane.access.application.Permits;
import org.openparcs.controller.lane.access.model.AccessRules;
import org.openparcs.controller.lane.application.VendAtLane;
import org.openparcs.controller.lane.card.application.AssignPermitCard;
import org.openparcs.controller.lane.card.application.CardReads;
import org.openparcs.controller.lane.card.application.HandleCardRead;
import org.openparcs.controller.lane.card.application.PermitCards;
import org.openparcs.controller.lane.control.application.LaneControls;
import org.openparcs.controller.lane.device.application.LaneDisplays;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.session.application.Sessions;
import org.openparcs.controller.shared.application.Transactions;

/** Wires cards as a second credential: readers' reads to the access rules and the lanes. */
@Factory
public class CardFactory {

  @Singleton
  HandleCardRead handleCardRead(
      GarageLayout garage,
      AccessRules rules,
      PermitCards cards,
      Permits permits,
      Sessions sessions,
      AccessDecisions decisions,
      CardReads cardReads,
      LaneControls lanes,
      VendAtLane vendAtLane,
      LaneDisplays displays,
      Outbox outbox,
      Transactions tx,
      Clock clock) {
    return new HandleCardRead(
        garage,
        rules,
        cards,
        permits,
        sessions,
        decisions,
        cardReads,
        lanes,
        vendAtLane,
        displays,
        outbox,
        tx,
        clock);
  }

  @Singleton
  AssignPermitCard assignPermitCard(PermitCards cards, Transactions tx, Clock clock) {
    return new AssignPermitCard(cards, tx, clock);
  }
}
