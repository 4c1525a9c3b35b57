package org.openparcs.controller.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.openparcs.controller.bench.GarageRows.PaymentRow;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.tariff.model.Discount;
import org.openparcs.controller.tariff.model.Tariff;

/**
 * Clean money: merchant validations during stays and payments that settle the tariff's quote
 * shortly before the exit (within the exit grace period), by exit terminal, pay-on-foot machine or
 * app. One cashier payment in a hundred is voided and rung again, as cashiers do.
 */
final class StayMoney {

  static final List<String> CASHIERS = List.of("C1", "C2", "C3", "C4");

  private final Tariff tariff;
  private final ZoneId zone;
  private final Random random;
  private final FastIds ids;
  private final List<String> merchants;
  private long references;

  StayMoney(TrafficPlan plan, Random random, FastIds ids) {
    this.tariff = plan.tariff().tariff();
    this.zone = plan.zone();
    this.random = random;
    this.ids = ids;
    int count = Math.max(3, Math.min(8, plan.visitorsPerDay() / 400));
    this.merchants = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      merchants.add("M" + i);
    }
  }

  List<String> merchants() {
    return merchants;
  }

  /** One visitor in ten with a stay of 40 minutes or more gets a validation. */
  void validations(List<Stay> stays) {
    for (Stay s : stays) {
      if (s.visitor()
          && s.exitVend != null
          && s.validations.isEmpty()
          && stayOf(s).toMinutes() >= 40
          && random.nextInt(10) == 0) {
        validate(s, merchants.get(random.nextInt(merchants.size())));
      }
    }
  }

  /** A validation by {@code merchant} in the first third of the stay. */
  void validate(Stay s, String merchant) {
    long third = Math.max(60, stayOf(s).toSeconds() / 3 - 300);
    Instant at = s.entryVend.plusSeconds(300 + (long) (random.nextDouble() * third));
    UUID id = ids.at(at);
    int kind = random.nextInt(3);
    s.validations.add(
        kind == 0
            ? new Stay.ValidationSpec(id, merchant, "FREE_TIME", 60, null, null, null, at)
            : kind == 1
                ? new Stay.ValidationSpec(id, merchant, "PERCENTAGE", null, null, 5000, 500L, at)
                : new Stay.ValidationSpec(
                    id, merchant, "FIXED_AMOUNT", null, 200L, null, null, at));
  }

  void payments(List<Stay> stays) {
    for (Stay s : stays) {
      if (s.visitor() && s.exitVend != null && !s.reserved) {
        payClean(s);
      }
    }
  }

  private void payClean(Stay s) {
    if (fee(s, s.exitVend) == 0) {
      return;
    }
    int r = random.nextInt(100);
    Stay.Pay how =
        r < 45 ? Stay.Pay.EXIT_TERMINAL : r < 80 ? Stay.Pay.PAY_ON_FOOT : Stay.Pay.ONLINE;
    Instant at =
        how == Stay.Pay.EXIT_TERMINAL
            ? s.exitVend.minusSeconds(40)
            : s.exitVend.minusSeconds(60 + random.nextInt(11 * 60));
    if (at.isBefore(s.entryVend) || fee(s, at) == 0) {
      how = Stay.Pay.EXIT_TERMINAL;
      at = s.exitVend;
    }
    String cashier =
        how == Stay.Pay.EXIT_TERMINAL && random.nextBoolean()
            ? CASHIERS.get(random.nextInt(CASHIERS.size()))
            : null;
    long fee = fee(s, at);
    PaymentRow first = pay(s, how, fee, fee, at, cashier, null, false);
    if (cashier != null && random.nextInt(100) == 0) {
      s.payments.add(voidOf(first, at.plusSeconds(5)));
      pay(s, how, fee, fee, at.plusSeconds(10), cashier, null, false);
    }
  }

  /** Records a payment on the stay and returns it. */
  PaymentRow pay(
      Stay s,
      Stay.Pay how,
      long amount,
      long quoted,
      Instant at,
      String cashier,
      String override,
      boolean lost) {
    PaymentRow p =
        new PaymentRow(
            ids.at(at),
            lost ? null : s.session,
            "PAYMENT",
            source(how),
            amount,
            method(how),
            terminal(how, s),
            cashier,
            how == Stay.Pay.EXIT_TERMINAL ? s.exitLane.id() : null,
            reference(),
            null,
            lost,
            override,
            quoted,
            s.plate,
            at);
    s.payments.add(p);
    return p;
  }

  PaymentRow voidOf(PaymentRow p, Instant at) {
    return new PaymentRow(
        ids.at(at),
        p.session(),
        "VOID",
        p.source(),
        p.amount(),
        p.method(),
        p.terminal(),
        p.cashier(),
        p.lane(),
        reference(),
        p.id(),
        false,
        null,
        null,
        p.plate(),
        at);
  }

  String reference() {
    return "g-" + (++references);
  }

  long fee(Stay s, Instant at) {
    List<Discount> discounts = new ArrayList<>();
    for (Stay.ValidationSpec v : s.validations) {
      if (!v.at().isAfter(at)) {
        discounts.add(discount(v));
      }
    }
    Instant end = at.isBefore(s.entryVend) ? s.entryVend : at;
    return tariff.charge(s.entryVend, end, zone, discounts).amount().minor();
  }

  private Discount discount(Stay.ValidationSpec v) {
    Money cap = v.cap() == null ? null : Money.of(v.cap(), tariff.currency());
    if (v.freeMinutes() != null) {
      return new Discount.FreeTime(Duration.ofMinutes(v.freeMinutes()), cap);
    }
    if (v.amount() != null) {
      return new Discount.FixedAmount(Money.of(v.amount(), tariff.currency()));
    }
    return new Discount.Percentage(v.basisPoints(), cap);
  }

  static Duration stayOf(Stay s) {
    return Duration.between(s.entryVend, s.exitVend);
  }

  private static String source(Stay.Pay how) {
    return how == Stay.Pay.PAY_ON_FOOT
        ? "PAY_ON_FOOT"
        : how == Stay.Pay.ONLINE ? "ONLINE" : "EXIT_TERMINAL";
  }

  private static String method(Stay.Pay how) {
    return how == Stay.Pay.ONLINE ? "APP" : how == Stay.Pay.PAY_ON_FOOT ? "CARD" : "CONTACTLESS";
  }

  private static String terminal(Stay.Pay how, Stay s) {
    return how == Stay.Pay.PAY_ON_FOOT
        ? "pof-1"
        : how == Stay.Pay.ONLINE ? "app" : "exit-" + s.exitLane.id();
  }
}
