package org.openparcs.controller.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.openparcs.controller.bench.GarageRows.PaymentRow;
import org.openparcs.controller.bench.TrafficPlan.LaneSpec;
import org.openparcs.controller.reconciliation.model.RuleCode;

/**
 * Frauds and honest exceptions that are rows of their own: gate activity without a vend, exits
 * nobody entered for, lost tickets (honest ones, a day with too many, and claims by vehicles the
 * plate inventory saw enter), money for no stay, and cloned plates read at a second entry lane.
 */
final class ExtraFrauds {

  private final TrafficPlan plan;
  private final Random random;
  private final FastIds ids;
  private final StayMoney money;
  private final StayWriter writer;
  private final TrafficReport report;
  private final Function<String, String> plates;
  private final QuietSlots slots;
  private final List<Stay> claims = new ArrayList<>();
  private final List<Stay> clones = new ArrayList<>();

  ExtraFrauds(
      TrafficPlan plan,
      Random random,
      FastIds ids,
      StayMoney money,
      StayWriter writer,
      TrafficReport report,
      Function<String, String> plates,
      QuietSlots slots) {
    this.plan = plan;
    this.random = random;
    this.ids = ids;
    this.money = money;
    this.writer = writer;
    this.report = report;
    this.plates = plates;
    this.slots = slots;
  }

  /** The stay stays open; its driver leaves later paying only the lost-ticket fee. */
  void lostTicketClaim(Stay s) {
    s.leave = null;
    claims.add(s);
  }

  /** A second vehicle with this plate shows at another entry lane 40 s after it. */
  void clone(Stay s) {
    clones.add(s);
  }

  void write(List<Stay> stays, int n) {
    for (int i = 0; i < n; i++) {
      gateOpenedWithoutVend(i);
      exitWithoutEntry(i);
      paymentWithoutSession();
    }
    claims.forEach(this::writeClaim);
    clones.forEach(this::writeClone);
    lostTickets(stays);
  }

  private void gateOpenedWithoutVend(int i) {
    List<LaneSpec> lanes = Frauds.lanes(plan);
    LaneSpec lane = lanes.get(i % lanes.size());
    Instant at = slot(lane);
    String type = lane.countsVehicles() ? "VEHICLE_COUNTED" : "ARM_UP";
    UUID id = ids.at(at);
    writer.gate(id, lane, type, null, at);
    report.expect(RuleCode.GATE_OPENED_WITHOUT_VEND, id.toString());
    if (!lane.countsVehicles()) {
      UUID through = ids.at(at.plusSeconds(3));
      writer.gate(through, lane, "SAFETY_LOOP_CLEARED", null, at.plusSeconds(3));
      report.expect(RuleCode.GATE_OPENED_WITHOUT_VEND, through.toString());
    }
  }

  private void exitWithoutEntry(int i) {
    LaneSpec lane = plan.exitLanes().get(i % plan.exitLanes().size());
    Instant at = slot(lane);
    UUID decision = writer.decision(lane, plates.apply("Z"), at, "OPEN_SESSION", null);
    UUID vend = ids.at(at);
    writer.gate(vend, lane, "VEND", decision, at);
    writer.passage(lane, at, 0);
    report.expect(RuleCode.EXIT_WITHOUT_ENTRY, vend.toString());
  }

  /** Read at the exit, pays the lost-ticket fee, let out by the cashier (operator vend). */
  private void writeClaim(Stay s) {
    LocalDate day = s.entryVend.plus(Duration.ofHours(30)).atZone(plan.zone()).toLocalDate();
    Instant at = slots.take(s.exitLane.id(), day);
    if (at == null || !report.period().contains(at)) {
      throw new IllegalStateException("no quiet slot left for a lost-ticket claim");
    }
    writer.read(ids.at(at.minusSeconds(40)), s.exitLane, s.plate, at.minusSeconds(40));
    PaymentRow p = lostTicket(s.plate, s.exitLane, at.minusSeconds(20));
    writer.payment(p);
    writer.gate(ids.at(at), s.exitLane, "OPERATOR_VEND", null, at);
    writer.passage(s.exitLane, at, 0);
    report.expect(RuleCode.LOST_TICKET_WITH_ENTRY, p.id().toString());
  }

  private void writeClone(Stay s) {
    LaneSpec other =
        plan.entryLanes().stream().filter(l -> !l.equals(s.entryLane)).findFirst().orElseThrow();
    Instant at = s.entryVend.plusSeconds(40);
    UUID read = ids.at(at);
    writer.read(read, other, s.plate, at);
    writer.row(
        GarageRows.Table.ACCESS_DECISION,
        ids.at(at),
        plan.garageId(),
        other.id(),
        read,
        s.plate,
        "DENIED",
        "ANTI_PASSBACK",
        "ALREADY_INSIDE",
        null,
        at);
    report.expect(RuleCode.PLATE_IN_TWO_PLACES, read.toString());
  }

  private void paymentWithoutSession() {
    Instant at =
        report.period().from().plusSeconds(3600 + random.nextInt((plan.days() - 1) * 86_400));
    PaymentRow p =
        new PaymentRow(
            ids.at(at),
            null,
            "PAYMENT",
            "EXIT_TERMINAL",
            1500,
            "CASH",
            "exit-" + plan.exitLanes().get(0).id(),
            "C2",
            plan.exitLanes().get(0).id(),
            money.reference(),
            null,
            false,
            null,
            null,
            null,
            at);
    writer.payment(p);
    report.expect(RuleCode.PAYMENT_WITHOUT_SESSION, p.id().toString());
  }

  /** Honest lost tickets (0.3 % of visitors), and one day with far too many. */
  private void lostTickets(List<Stay> stays) {
    LocalDate ratioDay = plan.firstDay().plusDays(2);
    long exits =
        stays.stream()
            .filter(
                s ->
                    s.visitor()
                        && s.exitVend != null
                        && s.exitVend.atZone(plan.zone()).toLocalDate().equals(ratioDay))
            .count();
    for (int d = 0; d < plan.days(); d++) {
      LocalDate day = plan.firstDay().plusDays(d);
      double expected = plan.visitorsPerDay() * 0.003;
      int count = (int) expected + (random.nextDouble() < expected % 1 ? 1 : 0);
      if (day.equals(ratioDay)) {
        count += (int) Math.ceil(exits * 0.08) + 2;
        report.expect(RuleCode.LOST_TICKET_RATIO, day.toString());
      }
      for (int i = 0; i < count; i++) {
        Instant at =
            day.atTime(9, 0).atZone(plan.zone()).toInstant().plusSeconds(random.nextInt(11 * 3600));
        LaneSpec lane = plan.exitLanes().get(random.nextInt(plan.exitLanes().size()));
        writer.payment(lostTicket(plates.apply("L"), lane, at));
      }
    }
  }

  private PaymentRow lostTicket(String plate, LaneSpec lane, Instant at) {
    long fee = plan.tariff().tariff().lostTicketFee().minor();
    return new PaymentRow(
        ids.at(at),
        null,
        "PAYMENT",
        "EXIT_TERMINAL",
        fee,
        "CARD",
        "exit-" + lane.id(),
        null,
        lane.id(),
        money.reference(),
        null,
        true,
        null,
        fee,
        plate,
        at);
  }

  private Instant slot(LaneSpec lane) {
    for (int tries = 0; tries < plan.days(); tries++) {
      LocalDate day = plan.firstDay().plusDays(1 + random.nextInt(plan.days() - 1));
      Instant at = slots.take(lane.id(), day);
      if (at != null) {
        return at;
      }
    }
    throw new IllegalStateException("no quiet slot left on lane " + lane.id());
  }
}
