package org.openparcs.controller.lane.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.lane.access.model.RecordedDecision;
import org.openparcs.controller.lane.control.application.RecordLaneEffects;
import org.openparcs.controller.lane.control.application.VendThroughLane;
import org.openparcs.controller.lane.device.application.AnnounceDecision;
import org.openparcs.controller.lane.gate.application.GateEvents;
import org.openparcs.controller.lane.gate.model.GateEvent;
import org.openparcs.controller.lane.gate.model.GateEventType;
import org.openparcs.controller.lane.gate.model.VendResult;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;

/**
 * Hands a stored decision to its lane, which pulses the barrier only for a vehicle on the arming
 * loop, then stores the vend and what the lane saw meanwhile in one commit, and tells the driver on
 * the lane's display (amount due at exit, see attendant when refused).
 */
public final class VendAtLane {

  private final VendThroughLane vendThroughLane;
  private final RecordLaneEffects laneRecords;
  private final GateEvents gateEvents;
  private final Outbox outbox;
  private final Transactions tx;
  private final Clock clock;
  private final AnnounceDecision announce;

  public VendAtLane(
      VendThroughLane vendThroughLane,
      RecordLaneEffects laneRecords,
      GateEvents gateEvents,
      Outbox outbox,
      Transactions tx,
      Clock clock,
      AnnounceDecision announce) {
    this.announce = announce;
    this.vendThroughLane = vendThroughLane;
    this.laneRecords = laneRecords;
    this.gateEvents = gateEvents;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
  }

  /** The vend result for a grant; empty for a denial (which the lane only takes note of). */
  public Optional<VendResult> vend(Lane lane, RecordedDecision decision) {
    return vend(lane, decision, null);
  }

  /**
   * An operator's vend ({@link OperatorVend}): carried out like any grant, recorded as {@code
   * OPERATOR_VEND} with {@code who} (operator and reason) when the barrier was pulsed, and with
   * {@code who} beside the refusal otherwise.
   */
  public Optional<VendResult> vendByOperator(Lane lane, RecordedDecision decision, String who) {
    return vend(lane, decision, who);
  }

  private Optional<VendResult> vend(Lane lane, RecordedDecision decision, String operator) {
    VendThroughLane.LaneVend vend = vendThroughLane.vend(lane, decision);
    if (vend.result().isPresent() || !vend.effects().isEmpty()) {
      tx.inTransaction(
          () -> {
            laneRecords.storeInCurrentTransaction(lane, vend.effects(), clock.instant());
            vend.result().ifPresent(v -> recordVend(lane, decision, v, operator));
            return null;
          });
    }
    announce.announce(lane, decision, decision.plate());
    return vend.result();
  }

  private void recordVend(Lane lane, RecordedDecision decision, VendResult vend, String operator) {
    Instant now = clock.instant();
    String by = operator == null ? "" : " (operator vend " + operator + ")";
    GateEvent event =
        vend.match(
            v ->
                operator == null
                    ? gateEvent(lane, GateEventType.VEND, decision, null, now)
                    : gateEvent(lane, GateEventType.OPERATOR_VEND, decision, operator, now),
            n ->
                gateEvent(
                    lane,
                    GateEventType.VEND_REFUSED_NO_VEHICLE,
                    decision,
                    "no vehicle on the arming loop" + by,
                    now),
            f ->
                gateEvent(
                    lane,
                    GateEventType.VEND_FAILED,
                    decision,
                    f.kind() + ": " + f.message() + by,
                    now),
            r ->
                gateEvent(lane, GateEventType.VEND_REFUSED_LOCKED, decision, r.reason() + by, now));
    gateEvents.save(event);
    outbox.append(new GarageEvent.GateEventRecorded(event), now);
  }

  private static GateEvent gateEvent(
      Lane lane, GateEventType type, RecordedDecision decision, String detail, Instant now) {
    return new GateEvent(TimeOrderedId.at(now), lane.id(), type, decision.id(), detail, now);
  }
}
