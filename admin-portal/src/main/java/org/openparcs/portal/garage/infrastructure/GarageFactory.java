package org.openparcs.portal.garage.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.application.AdmitGarage;
import org.openparcs.portal.garage.application.GarageOverviews;
import org.openparcs.portal.garage.application.Garages;
import org.openparcs.portal.garage.application.ListGarageOverviews;
import org.openparcs.portal.garage.application.RegisterGarages;

/** Wires the garage feature. */
@Factory
class GarageFactory {

  @Singleton
  Garages garages(Jdbc jdbc) {
    return new JdbcGarages(jdbc);
  }

  @Singleton
  GarageOverviews garageOverviews(Jdbc jdbc, JsonMapper json) {
    return new JdbcGarageOverviews(jdbc, json);
  }

  @Singleton
  RegisterGarages registerGarages(Garages garages, UnitOfWork unitOfWork, Clock clock) {
    return new RegisterGarages(garages, unitOfWork, clock);
  }

  @Singleton
  AdmitGarage admitGarage(Garages garages, UnitOfWork unitOfWork) {
    return new AdmitGarage(garages, unitOfWork);
  }

  @Singleton
  ListGarageOverviews listGarageOverviews(
      GarageOverviews overviews, UnitOfWork unitOfWork, Clock clock, OverviewSettings settings) {
    return new ListGarageOverviews(
        overviews, unitOfWork, clock, settings.latestEvents(), settings.chartDays());
  }
}
