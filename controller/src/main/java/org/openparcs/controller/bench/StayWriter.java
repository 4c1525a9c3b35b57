package org.openparcs.controller.bench;

import java.time.Instant;
import java.util.UUID;
import org.openparcs.controller.bench.GarageRows.PaymentRow;
import org.openparcs.controller.bench.GarageRows.Table;
import org.openparcs.controller.bench.TrafficPlan.LaneSpec;

/** Writes a stay as the lane and the terminals would have recorded it. */
final class StayWriter {

  private final String garage;
  private final String currency;
  private final String version;
  private final RowSink sink;
  private final FastIds ids;
  private final TrafficReport report;

  StayWriter(TrafficPlan plan, RowSink sink, FastIds ids, TrafficReport report) {
    this.garage = plan.garageId();
    this.currency = plan.tariff().tariff().currency().getCurrencyCode();
    this.version = plan.tariff().version();
    this.sink = sink;
    this.ids = ids;
    this.report = report;
  }

  void write(Stay s) {
    UUID entryDecision =
        decision(
            s.entryLane, s.plate, s.entryVend, s.visitor() ? "VISITOR" : "VALID_PERMIT", s.permit);
    UUID vend = s.entryVendId != null ? s.entryVendId : ids.at(s.entryVend);
    gate(vend, s.entryLane, "VEND", entryDecision, s.entryVend);
    passage(s.entryLane, s.entryVend, s.tailgaters);
    UUID exitDecision = null;
    if (s.exitVend != null) {
      exitDecision = decision(s.exitLane, s.exitPlate, s.exitVend, "OPEN_SESSION", null);
    }
    row(
        Table.PARKING_SESSION,
        s.session,
        garage,
        s.plate,
        s.permit,
        s.entryLane.id(),
        entryDecision,
        s.entryVend,
        s.exitVend == null ? null : s.exitLane.id(),
        exitDecision,
        s.exitVend,
        s.visitor() ? version : null);
    if (s.exitVend != null) {
      gate(ids.at(s.exitVend), s.exitLane, "VEND", exitDecision, s.exitVend);
      passage(s.exitLane, s.exitVend, 0);
    }
    for (Stay.ValidationSpec v : s.validations) {
      row(
          Table.VALIDATION,
          v.id(),
          garage,
          s.session,
          v.merchant(),
          v.kind(),
          v.freeMinutes(),
          v.amount(),
          v.basisPoints(),
          v.cap(),
          currency,
          "val-" + v.id(),
          v.at());
    }
    s.payments.forEach(this::payment);
  }

  /** A read and its granted (or denied, with {@code reason}) decision; returns the decision. */
  UUID decision(LaneSpec lane, String plate, Instant vend, String rule, UUID permit) {
    Instant readAt = vend.minusSeconds(1);
    UUID read = ids.at(readAt);
    read(read, lane, plate, readAt);
    UUID decision = ids.at(readAt);
    row(
        Table.ACCESS_DECISION,
        decision,
        garage,
        lane.id(),
        read,
        plate,
        "GRANTED",
        rule,
        null,
        permit,
        readAt);
    return decision;
  }

  void read(UUID id, LaneSpec lane, String plate, Instant at) {
    row(
        Table.PLATE_READ,
        id,
        garage,
        lane.id(),
        lane.camera(),
        plate,
        plate.toLowerCase(),
        0.91,
        "generator",
        at,
        at);
  }

  void gate(UUID id, LaneSpec lane, String type, UUID decision, Instant at) {
    row(Table.GATE_EVENT, id, garage, lane.id(), type, decision, null, at);
  }

  /** The vehicle (and any tailgaters 2 s apart) going through after a vend at {@code vend}. */
  void passage(LaneSpec lane, Instant vend, int tailgaters) {
    Instant through = vend.plus(LaneQueues.PASSAGE);
    if (!lane.countsVehicles()) {
      gate(ids.at(vend.plusSeconds(1)), lane, "ARM_UP", null, vend.plusSeconds(1));
    }
    String type = lane.countsVehicles() ? "VEHICLE_COUNTED" : "SAFETY_LOOP_CLEARED";
    for (int i = 0; i <= tailgaters; i++) {
      Instant t = through.plusSeconds(2L * i);
      gate(ids.at(t), lane, type, null, t);
    }
  }

  void payment(PaymentRow p) {
    row(
        Table.PAYMENT,
        p.id(),
        garage,
        p.session(),
        p.kind(),
        p.source(),
        p.amount(),
        currency,
        p.method(),
        p.terminal(),
        p.cashier(),
        p.lane(),
        p.reference(),
        p.original(),
        p.lostTicket(),
        p.override(),
        p.quoted(),
        p.quoted() == null ? null : version,
        p.plate(),
        p.at(),
        p.at());
  }

  void row(Table table, Object... values) {
    sink.add(table, values);
    report.counted(table);
  }
}
