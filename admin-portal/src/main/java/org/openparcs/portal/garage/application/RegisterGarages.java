package org.openparcs.portal.garage.application;

import java.time.Clock;
import java.util.List;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageRegistration;

/** Makes the portal know exactly the configured garages' names and tokens (run at start). */
public final class RegisterGarages {

  private final Garages garages;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public RegisterGarages(Garages garages, UnitOfWork unitOfWork, Clock clock) {
    this.garages = garages;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public int register(List<GarageRegistration> registrations) {
    long distinctIds = registrations.stream().map(GarageRegistration::id).distinct().count();
    if (distinctIds != registrations.size()) {
      throw new IllegalArgumentException("parcs.portal.garages lists a garage id twice");
    }
    return unitOfWork.inTransaction(
        () -> {
          registrations.forEach(r -> garages.register(r, clock.instant()));
          return registrations.size();
        });
  }
}
