package org.openparcs.controller.reconciliation.model;

import java.time.Instant;
import java.util.List;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.tariff.model.Charge;
import org.openparcs.controller.tariff.model.Discount;

/** Tariff amounts the rules put at risk; zero where no tariff was in effect. */
final class Fees {

  private Fees() {}

  static Money stay(
      RuleContext c, String version, Instant entry, Instant exit, List<Discount> discounts) {
    Instant end = exit.isBefore(entry) ? entry : exit;
    return c.pricing().feeOf(version, entry, end, discounts).map(Charge::amount).orElse(c.zero());
  }

  static Money lostTicket(RuleContext c, Instant at) {
    return c.pricing().lostTicket(at).map(Charge::amount).orElse(c.zero());
  }
}
