package org.openparcs.controller.tariff.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.openparcs.controller.shared.model.Money;

/**
 * Applies merchant validations to a fee: free time first (the stay is priced as if that much
 * shorter), then percentages, then fixed amounts; each within its cap, never below zero.
 */
final class Discounts {

  private Discounts() {}

  static Charge apply(
      Tariff tariff,
      Instant entry,
      Instant exit,
      ZoneId zone,
      Charge full,
      List<Discount> discounts) {
    Money due = full.amount();
    Duration free = Duration.ZERO;
    Money freeCap = null;
    for (Discount d : discounts) {
      if (d instanceof Discount.FreeTime f) {
        free = free.plus(f.time());
        freeCap = f.cap() == null ? freeCap : add(freeCap, f.cap());
      }
    }
    if (!free.isZero()) {
      Instant shortened = exit.minus(free).isBefore(entry) ? entry : exit.minus(free);
      Money reduced = tariff.undiscounted(entry, shortened, zone).amount().min(due);
      Money off = due.minus(reduced);
      due = due.minus(freeCap == null ? off : off.min(freeCap));
    }
    for (Discount d : discounts) {
      if (d instanceof Discount.Percentage p) {
        Money off = due.percent(p.basisPoints());
        due = due.minus(p.cap() == null ? off : off.min(p.cap()));
      }
    }
    for (Discount d : discounts) {
      if (d instanceof Discount.FixedAmount f) {
        due = due.minus(f.amount()).atLeastZero();
      }
    }
    return new Charge(due.atLeastZero(), full.undiscounted(), full.basis(), full.flatRate());
  }

  private static Money add(Money a, Money b) {
    return a == null ? b : a.plus(b);
  }
}
