package org.openparcs.controller.lane.gate.application;

import java.util.ArrayList;
import java.util.List;
import org.openparcs.controller.lane.gate.model.GateEvent;
import org.openparcs.controller.lane.gate.model.GateEventType;
import org.openparcs.controller.lane.gate.model.LaneObservation;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;

/** Stores what the lane monitor saw as gate events, and reports them. */
public final class RecordLaneObservation {

  private final GateEvents gateEvents;
  private final Outbox outbox;
  private final Transactions tx;

  public RecordLaneObservation(GateEvents gateEvents, Outbox outbox, Transactions tx) {
    this.gateEvents = gateEvents;
    this.outbox = outbox;
    this.tx = tx;
  }

  public List<GateEvent> record(LaneObservation observation) {
    List<GateEvent> events = new ArrayList<>();
    observation.match(
        changed -> {
          for (GateEventType type : changed.after().changesSince(changed.before())) {
            events.add(event(observation, type, null));
          }
          return null;
        },
        fault ->
            events.add(
                event(
                    observation,
                    GateEventType.DEVICE_FAULT,
                    fault.kind() + ": " + fault.message())),
        recovered -> events.add(event(observation, GateEventType.DEVICE_RECOVERED, null)));
    if (!events.isEmpty()) {
      tx.inTransaction(
          () -> {
            for (GateEvent e : events) {
              gateEvents.save(e);
              outbox.append(new GarageEvent.GateEventRecorded(e), e.occurredAt());
            }
            return null;
          });
    }
    return events;
  }

  private static GateEvent event(LaneObservation o, GateEventType type, String detail) {
    return new GateEvent(TimeOrderedId.at(o.at()), o.lane(), type, null, detail, o.at());
  }
}
