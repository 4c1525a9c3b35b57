package org.openparcs.controller.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openparcs.controller.bench.GarageRows.PaymentRow;
import org.openparcs.controller.bench.TrafficPlan.LaneSpec;
import org.openparcs.controller.reconciliation.model.RuleCode;

/**
 * Injects known frauds into clean traffic, each shaped to raise exactly its own finding: gate
 * activity only in the quiet hour (so it cannot fall into a clean vend cycle), money frauds on
 * stays whose clean payments they replace. Every case is registered in the report.
 */
final class Frauds {

  private final TrafficPlan plan;
  private final Random random;
  private final FastIds ids;
  private final StayMoney money;
  private final TrafficReport report;
  private final Function<String, String> plates;
  private final Instant end;
  private final QuietSlots slots;
  private final ExtraFrauds extra;
  private final int n;

  Frauds(
      TrafficPlan plan,
      Random random,
      FastIds ids,
      StayMoney money,
      StayWriter writer,
      TrafficReport report,
      Function<String, String> plates,
      Instant end) {
    this.plan = plan;
    this.random = random;
    this.ids = ids;
    this.money = money;
    this.report = report;
    this.plates = plates;
    this.end = end;
    this.slots = new QuietSlots(plan.zone());
    this.extra = new ExtraFrauds(plan, random, ids, money, writer, report, plates, slots);
    this.n = plan.injectionsPerKind();
  }

  /** Frauds that change when and how vehicles come and go. */
  void beforeLanes(List<Stay> stays) {
    Instant start = report.start();
    for (int i = 0; i < n; i++) {
      tailgate(pick(stays, s -> s.visitor() && s.exits()));
      Stay open =
          pick(
              stays,
              s ->
                  s.visitor()
                      && s.exits()
                      && s.arrive.isAfter(start.plus(days(1)))
                      && s.arrive.isBefore(end.minus(Duration.ofHours(80))));
      open.leave = null;
      report.expect(RuleCode.ENTRY_WITHOUT_EXIT, open.session.toString());
      extra.lostTicketClaim(
          pick(
              stays,
              s ->
                  s.visitor()
                      && s.exits()
                      && s.arrive.isAfter(end.minus(Duration.ofHours(70)))
                      && s.arrive.isBefore(end.minus(Duration.ofHours(36)))));
      stays.add(secondOnPermit(pick(stays, s -> !s.visitor() && s.exits())));
      Stay changed = pick(stays, s -> s.visitor() && s.exits());
      changed.exitPlate = plates.apply("Y");
      report.expect(RuleCode.EXIT_PLATE_MISMATCH, changed.session.toString());
      extra.clone(pick(stays, s -> s.visitor()));
    }
  }

  private void tailgate(Stay s) {
    LocalDate day = s.arrive.atZone(plan.zone()).toLocalDate();
    Instant slot = slots.take(s.entryLane.id(), day);
    if (slot == null) {
      throw new IllegalStateException(
          "too many injections for the quiet hours: generate more days");
    }
    Duration length = Duration.between(s.arrive, s.leave);
    s.arrive = slot;
    Instant leave = slot.plus(length);
    s.leave =
        leave.isBefore(end) && !QuietSlots.isQuiet(leave, plan.zone())
            ? leave
            : slot.plus(Duration.ofHours(2));
    s.tailgaters = 1;
    s.entryVendId = ids.at(slot);
    report.expect(RuleCode.TAILGATING, s.entryVendId.toString());
  }

  /** Another vehicle enters on a permit whose vehicle is inside (capacity 1). */
  private Stay secondOnPermit(Stay holder) {
    Instant in = holder.arrive.plus(Duration.ofHours(1));
    Instant out = holder.leave.minus(Duration.ofHours(1));
    Stay second = new Stay(ids.at(in), plates.apply("X"), holder.permit, in, out);
    second.entryLane = holder.entryLane;
    second.exitLane = holder.exitLane;
    second.used = true;
    report.expect(RuleCode.PERMIT_OVER_CAPACITY, second.session.toString());
    return second;
  }

  /**
   * A merchant validates four times its usual daily count on one day mid-period. It validates at
   * least once every day, so that it has a norm to be measured against.
   */
  void validationSpike(List<Stay> stays) {
    LocalDate spike = plan.firstDay().plusDays(plan.days() / 2);
    String merchant = money.merchants().get(0);
    for (int d = 0; d < plan.days(); d++) {
      money.validate(validatable(stays, plan.firstDay().plusDays(d)), merchant);
    }
    int usual = Math.max(1, plan.visitorsPerDay() / 10 / money.merchants().size());
    for (int i = 0; i < 3 * usual + 12; i++) {
      money.validate(validatable(stays, spike), merchant);
    }
    report.expect(RuleCode.MERCHANT_ABOVE_NORM, merchant + "@" + spike);
  }

  private Stay validatable(List<Stay> stays, LocalDate day) {
    return pick(
        stays,
        v ->
            v.visitor()
                && v.exitVend != null
                && v.entryVend.atZone(plan.zone()).toLocalDate().equals(day)
                && StayMoney.stayOf(v).toMinutes() >= 40);
  }

  /** Frauds in the money: each replaces a clean stay's payments. */
  void money(List<Stay> stays) {
    for (int i = 0; i < n; i++) {
      voided(paid(stays, 300));
      Stay nil = paid(stays, 300);
      pay(nil, 0, fee(nil), null);
      report.expect(RuleCode.NIL_PAYMENT, nil.session.toString());
      Stay overridden = paid(stays, 300);
      pay(overridden, fee(overridden) / 2, fee(overridden), "manager override");
      report.expect(RuleCode.OVERRIDE, overridden.session.toString());
      underRing(paid(stays, 300), i % 2 == 0);
      doublePaid(paid(stays, 300));
      overstay(pick(stays, s -> s.visitor() && s.exitVend != null && overstayable(s)));
      misfit(
          pick(
              stays,
              s ->
                  s.visitor()
                      && s.exitVend != null
                      && fee(s) > 0
                      && s.exitVend.plus(Duration.ofHours(1)).isBefore(end)));
    }
    cashierRatio(stays);
  }

  private void voided(Stay s) {
    PaymentRow p = pay(s, fee(s), fee(s), null);
    s.payments.add(money.voidOf(p, p.at().plusSeconds(5)));
    report.expect(RuleCode.CASHIER_VOID, s.session.toString());
  }

  private void underRing(Stay s, boolean leftWithoutPaying) {
    if (!leftWithoutPaying) {
      pay(s, fee(s) - 100, fee(s), null);
    }
    report.expect(RuleCode.UNDER_RING, s.session.toString());
  }

  private void doublePaid(Stay s) {
    pay(s, fee(s), fee(s), null);
    pay(s, fee(s), fee(s), null);
    report.expect(RuleCode.DOUBLE_PAYMENT, s.session.toString());
  }

  /** Pays what was due 45 minutes before leaving, and leaves without paying the rest. */
  private void overstay(Stay s) {
    s.payments.clear();
    Instant at = s.exitVend.minus(Duration.ofMinutes(45));
    long due = money.fee(s, at);
    money.pay(s, Stay.Pay.PAY_ON_FOOT, due, due, at, null, null, false);
    report.expect(RuleCode.OVERSTAY_AFTER_PAYMENT, s.session.toString());
  }

  private boolean overstayable(Stay s) {
    Instant at = s.exitVend.minus(Duration.ofMinutes(45));
    return at.isAfter(s.entryVend.plus(Duration.ofMinutes(20)))
        && money.fee(s, at) > 0
        && money.fee(s, s.exitVend) > money.fee(s, at);
  }

  /** A validation given half an hour after the vehicle left. */
  private void misfit(Stay s) {
    s.payments.clear();
    pay(s, fee(s), fee(s), null);
    Instant at = s.exitVend.plus(Duration.ofMinutes(30));
    Stay.ValidationSpec v =
        new Stay.ValidationSpec(
            ids.at(at), money.merchants().get(1), "FIXED_AMOUNT", null, 200L, null, null, at);
    s.validations.add(v);
    report.expect(RuleCode.VALIDATION_MISFIT, v.id().toString());
  }

  /** One cashier voids (and re-rings) 6 of 30 payments: 20 %, above the 10 % threshold. */
  private void cashierRatio(List<Stay> stays) {
    for (int i = 0; i < 30; i++) {
      Stay s = paid(stays, 300);
      long fee = fee(s);
      Instant at = s.exitVend.minusSeconds(40);
      PaymentRow p = money.pay(s, Stay.Pay.EXIT_TERMINAL, fee, fee, at, "C-RATIO", null, false);
      if (i % 5 == 0) {
        s.payments.add(money.voidOf(p, at.plusSeconds(5)));
        money.pay(s, Stay.Pay.EXIT_TERMINAL, fee, fee, at.plusSeconds(10), "C-RATIO", null, false);
      }
    }
    report.expect(
        RuleCode.CASHIER_VOID,
        "cashier:C-RATIO@" + report.period().from() + "/" + report.period().to());
  }

  void extraRows(List<Stay> stays) {
    extra.write(stays, n);
  }

  /** An unused visitor stay that left and owes at least {@code minimum}; its payments cleared. */
  private Stay paid(List<Stay> stays, long minimum) {
    Stay s = pick(stays, v -> v.visitor() && v.exitVend != null && fee(v) >= minimum);
    s.payments.clear();
    return s;
  }

  private PaymentRow pay(Stay s, long amount, long quoted, String override) {
    Instant at = s.exitVend.minusSeconds(40);
    String cashier = StayMoney.CASHIERS.get(random.nextInt(StayMoney.CASHIERS.size()));
    return money.pay(s, Stay.Pay.EXIT_TERMINAL, amount, quoted, at, cashier, override, false);
  }

  private long fee(Stay s) {
    return money.fee(s, s.exitVend.minusSeconds(40));
  }

  Stay pick(List<Stay> stays, Predicate<Stay> fits) {
    int size = stays.size();
    int from = random.nextInt(size);
    for (int i = 0; i < size; i++) {
      Stay s = stays.get((from + i) % size);
      if (!s.used && fits.test(s)) {
        s.used = true;
        return s;
      }
    }
    throw new IllegalStateException("too little traffic to inject every fraud: generate more");
  }

  private static Duration days(int d) {
    return Duration.ofDays(d);
  }

  static List<LaneSpec> lanes(TrafficPlan plan) {
    List<LaneSpec> all = new ArrayList<>(plan.entryLanes());
    all.addAll(plan.exitLanes());
    return all;
  }
}
