package org.openparcs.portal.revenue.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.revenue.model.RevenueOverview;

/**
 * A garage's revenue report over a period: expected against collected, by day, lane, method and
 * cashier. No plates. A garage outside the user's scopes answers like one that does not exist
 * (POLICY A5, A6).
 */
public final class ShowRevenue {

  private final RevenueRecords records;
  private final UnitOfWork unitOfWork;

  public ShowRevenue(RevenueRecords records, UnitOfWork unitOfWork) {
    this.records = records;
    this.unitOfWork = unitOfWork;
  }

  /** The garages the user may choose from. */
  public List<GarageId> garages(Actor actor) {
    actor.require(Permission.VIEW_REVENUE);
    return actor.visible(unitOfWork.reading(records::garages));
  }

  public Optional<RevenueOverview> show(Actor actor, GarageId garage, Instant from, Instant to) {
    actor.require(Permission.VIEW_REVENUE);
    if (!actor.sees(garage)) {
      return Optional.empty();
    }
    return unitOfWork.reading(
        () ->
            records.garages().contains(garage)
                ? Optional.of(
                    RevenueOverview.of(garage, from, to, records.revenueReports(garage, from, to)))
                : Optional.empty());
  }
}
