package org.openparcs.controller.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.bench.GarageRows.PaymentRow;
import org.openparcs.controller.bench.TrafficPlan.LaneSpec;

/** One generated stay while the generator shapes it (mutable, package use only). */
final class Stay {

  /** How the stay is paid, or why it is not. */
  enum Pay {
    NOTHING,
    EXIT_TERMINAL,
    PAY_ON_FOOT,
    ONLINE
  }

  final UUID session;
  final String plate;
  final UUID permit;
  Instant arrive;
  Instant leave;
  LaneSpec entryLane;
  LaneSpec exitLane;
  Instant entryVend;
  Instant exitVend;

  /** The plate the exit camera reads (the entry plate unless a fraud changes it). */
  String exitPlate;

  /** Arrival pinned to a quiet slot: the FIFO simulation keeps it. */
  boolean pinned;

  /** Picked by a fraud already: no other fraud may pick it. */
  boolean used;

  /** Its money is shaped by a fraud: clean shaping leaves it alone. */
  boolean reserved;

  Pay pay = Pay.NOTHING;
  String cashier;
  final List<ValidationSpec> validations = new ArrayList<>();
  final List<PaymentRow> payments = new ArrayList<>();

  /** Gate events added after the stay's own passage, seconds after it (tailgaters). */
  int tailgaters;

  UUID entryVendId;

  Stay(UUID session, String plate, UUID permit, Instant arrive, Instant leave) {
    this.session = session;
    this.plate = plate;
    this.exitPlate = plate;
    this.permit = permit;
    this.arrive = arrive;
    this.leave = leave;
  }

  boolean visitor() {
    return permit == null;
  }

  boolean exits() {
    return leave != null;
  }

  /** A merchant validation given to the stay. */
  record ValidationSpec(
      UUID id,
      String merchant,
      String kind,
      Integer freeMinutes,
      Long amount,
      Integer basisPoints,
      Long cap,
      Instant at) {}
}
