package org.openparcs.controller.lane.access.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.access.application.Permits;
import org.openparcs.controller.lane.access.application.RegisterPermit;
import org.openparcs.controller.lane.access.model.AccessRules;
import org.openparcs.controller.shared.application.Transactions;

@Factory
public class AccessFactory {

  @Singleton
  AccessRules accessRules() {
    return AccessRules.permitsOnly();
  }

  @Singleton
  RegisterPermit registerPermit(
      GarageLayout garage, Permits permits, Transactions tx, Clock clock) {
    return new RegisterPermit(garage.id(), permits, tx, clock);
  }
}
