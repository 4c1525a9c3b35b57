package org.openparcs.controller.lane.access.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.access.application.LookUpStayFacts;
import org.openparcs.controller.lane.access.application.Permits;
import org.openparcs.controller.lane.access.application.RegisterPermit;
import org.openparcs.controller.lane.access.application.StayPayments;
import org.openparcs.controller.lane.access.model.AccessRules;
import org.openparcs.controller.lane.access.model.StayPolicies;
import org.openparcs.controller.occupancy.application.Occupancies;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.tariff.application.StaysInside;
import org.openparcs.controller.tariff.application.Tariffs;

@Factory
public class AccessFactory {

  /** The plate rules, then the stay rules (visitors, permit parks, paid exit). */
  @Singleton
  AccessRules accessRules(LookUpStayFacts facts) {
    return AccessRules.permitsOnly().withStays(StayPolicies.standard(), facts);
  }

  @Singleton
  StayPayments stayPayments(JdbcTransactions tx) {
    return new JdbcStayPayments(tx);
  }

  @Singleton
  LookUpStayFacts lookUpStayFacts(
      VisitorSettings visitors,
      Occupancies occupancies,
      StaysInside stays,
      StayPayments payments,
      Tariffs tariffs,
      GarageLayout garage) {
    return new LookUpStayFacts(
        visitors.admitted(),
        visitors.exitGrace(),
        occupancies,
        stays,
        payments,
        tariffs,
        garage.timeZone(),
        garage.currency());
  }

  @Singleton
  RegisterPermit registerPermit(
      GarageLayout garage, Permits permits, Transactions tx, Clock clock) {
    return new RegisterPermit(garage.id(), permits, tx, clock);
  }
}
