package org.openparcs.portal.garage.application;

import java.util.Optional;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageAccess;
import org.openparcs.portal.garage.model.GarageAdmissionPolicy;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.garage.model.GarageToken;

/** Checks that a report for a garage carries that garage's own token. */
public final class AdmitGarage {

  private final Garages garages;
  private final UnitOfWork unitOfWork;

  public AdmitGarage(Garages garages, UnitOfWork unitOfWork) {
    this.garages = garages;
    this.unitOfWork = unitOfWork;
  }

  public GarageAccess admit(GarageId claimed, Optional<GarageToken> token) {
    Optional<GarageId> owner =
        token.flatMap(t -> unitOfWork.reading(() -> garages.ownerOfToken(t.digest())));
    return GarageAdmissionPolicy.decide(claimed, token, owner);
  }
}
