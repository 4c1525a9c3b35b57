package org.openparcs.portal.retention.application;

import java.util.List;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageAccess;
import org.openparcs.portal.retention.model.PurgeOrder;

/** A garage fetches the purge orders it has not confirmed yet (its own token only). */
public final class FetchPurgeOrders {

  private final PurgeOrders orders;
  private final UnitOfWork unitOfWork;

  public FetchPurgeOrders(PurgeOrders orders, UnitOfWork unitOfWork) {
    this.orders = orders;
    this.unitOfWork = unitOfWork;
  }

  public List<PurgeOrder> pending(GarageAccess.Admitted garage) {
    return unitOfWork.reading(() -> orders.pending(garage.garageId()));
  }
}
