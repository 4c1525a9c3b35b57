package org.openparcs.controller.lane.access.application;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import org.openparcs.controller.garage.model.Direction;
import org.openparcs.controller.lane.access.model.AccessRequest;
import org.openparcs.controller.lane.access.model.ExitCharge;
import org.openparcs.controller.lane.access.model.Permit;
import org.openparcs.controller.lane.access.model.StayFacts;
import org.openparcs.controller.lane.access.model.StayFactsLookup;
import org.openparcs.controller.occupancy.application.Occupancies;
import org.openparcs.controller.occupancy.model.GroupOccupancy;
import org.openparcs.controller.tariff.application.StaysInside;
import org.openparcs.controller.tariff.application.Tariffs;
import org.openparcs.controller.tariff.model.Quote;
import org.openparcs.controller.tariff.model.StayPricing;
import org.openparcs.controller.tariff.model.StayToQuote;

/**
 * The stay rules' facts for one request, read in the decision's transaction: at entry the valid
 * permit's group and how many of its vehicles are inside; at exit what the open stay owes by its
 * tariff (the same pricing as pay-by-plate quotes) and when it was last paid for.
 */
public final class LookUpStayFacts implements StayFactsLookup {

  private final boolean visitorsAdmitted;
  private final Duration exitGrace;
  private final Occupancies occupancies;
  private final StaysInside stays;
  private final StayPayments payments;
  private final Tariffs tariffs;
  private final ZoneId zone;
  private final Currency currency;

  public LookUpStayFacts(
      boolean visitorsAdmitted,
      Duration exitGrace,
      Occupancies occupancies,
      StaysInside stays,
      StayPayments payments,
      Tariffs tariffs,
      ZoneId zone,
      Currency currency) {
    this.visitorsAdmitted = visitorsAdmitted;
    this.exitGrace = exitGrace;
    this.occupancies = occupancies;
    this.stays = stays;
    this.payments = payments;
    this.tariffs = tariffs;
    this.zone = zone;
    this.currency = currency;
  }

  @Override
  public StayFacts lookUp(AccessRequest request) {
    if (request.direction() == Direction.ENTRY) {
      Optional<StayFacts.PermitParks> group =
          request
              .validPermit()
              .map(Permit::holder)
              .flatMap(occupancies::limitingGroup)
              .map(this::parks);
      return new StayFacts(visitorsAdmitted, group, Optional.empty());
    }
    // Payment at the exit is enforced where the garage takes visitors: a garage of permit holders
    // only opens for their sessions as before (the exit display still shows what a stay owes).
    Optional<ExitCharge> charge =
        visitorsAdmitted
            ? request.openSessionId().flatMap(stays::openStay).flatMap(s -> charge(s, request.at()))
            : Optional.empty();
    return new StayFacts(visitorsAdmitted, Optional.empty(), charge);
  }

  private StayFacts.PermitParks parks(GroupOccupancy g) {
    return new StayFacts.PermitParks(g.holder(), g.parks(), g.inside());
  }

  /** Empty when nothing is charged: a stay its permit covers, or no tariff to price it by. */
  private Optional<ExitCharge> charge(StayToQuote stay, Instant at) {
    StayPricing pricing = new StayPricing(tariffs.schedule(), zone, currency);
    Optional<Quote> now = pricing.quote(stay, at);
    if (now.isEmpty() || (!stay.visitor() && !now.get().amount().isPositive())) {
      return Optional.empty();
    }
    Optional<Instant> paidAt = payments.lastPaidAt(stay.sessionId());
    boolean settled =
        paidAt.flatMap(t -> pricing.quote(stay, t)).map(q -> !q.due().isPositive()).orElse(false);
    return Optional.of(new ExitCharge(now.get().due(), paidAt.orElse(null), settled, exitGrace));
  }
}
