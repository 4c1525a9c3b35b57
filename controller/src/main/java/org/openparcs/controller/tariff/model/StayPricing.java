package org.openparcs.controller.tariff.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.openparcs.controller.shared.model.Money;

/**
 * Prices a stay at a moment. A visitor pays the tariff in effect at entry for the whole stay. A
 * permit holder pays nothing while the permit is valid; time past the permit's end is charged as a
 * visitor's stay that began when the permit ended.
 */
public final class StayPricing {

  private final TariffSchedule schedule;
  private final ZoneId zone;
  private final Currency currency;

  public StayPricing(TariffSchedule schedule, ZoneId zone, Currency currency) {
    this.schedule = schedule;
    this.zone = zone;
    this.currency = currency;
  }

  /** The quote, or empty when the stay needs a tariff and none was in effect at its entry. */
  public Optional<Quote> quote(StayToQuote stay, Instant at) {
    Instant end = at.isBefore(stay.enteredAt()) ? stay.enteredAt() : at;
    Optional<TariffVersion> version = schedule.forStay(stay.pinnedVersion(), stay.enteredAt());
    String name = version.map(TariffVersion::version).orElse(null);
    if (!stay.visitor() && !end.isAfter(stay.permitValidTo())) {
      return Optional.of(
          new Quote(stay, Charge.free(Money.zero(currency), ChargeBasis.PERMIT), name, at));
    }
    if (stay.lostTicket()) {
      // No entry found at the exit and the operator recorded a lost ticket: the tariff in effect
      // now sets the fee, whatever the (unknown) stay was.
      return schedule
          .inEffectAt(at)
          .map(v -> new Quote(stay, v.tariff().lostTicket(), v.version(), at));
    }
    if (version.isEmpty()) {
      return Optional.empty();
    }
    Instant chargedFrom =
        stay.visitor() || stay.permitValidTo().isBefore(stay.enteredAt())
            ? stay.enteredAt()
            : stay.permitValidTo();
    Charge charge = version.get().tariff().charge(chargedFrom, end, zone, stay.discounts());
    return Optional.of(new Quote(stay, charge, name, at));
  }

  /** The lost-ticket fee of the tariff in effect at {@code at}, when one is. */
  public Optional<Charge> lostTicket(Instant at) {
    return schedule.inEffectAt(at).map(v -> v.tariff().lostTicket());
  }

  /** The shortest free grace period of any version: a shorter stay never pays. */
  public java.time.Duration shortestGrace() {
    return schedule.versions().stream()
        .map(v -> v.tariff().grace())
        .min(java.time.Duration::compareTo)
        .orElse(java.time.Duration.ZERO);
  }

  public Optional<TariffVersion> inEffectAt(Instant at) {
    return schedule.inEffectAt(at);
  }

  /** The fee a closed stay should have cost, by the version it was charged by. */
  public Optional<Charge> feeOf(
      String pinnedVersion, Instant entry, Instant exit, List<Discount> discounts) {
    return schedule
        .forStay(pinnedVersion, entry)
        .map(v -> v.tariff().charge(entry, exit, zone, discounts));
  }
}
