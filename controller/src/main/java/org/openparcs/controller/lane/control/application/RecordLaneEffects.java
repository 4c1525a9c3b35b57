package org.openparcs.controller.lane.control.application;

import java.time.Instant;
import java.util.List;
import org.openparcs.controller.garage.model.Direction;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.lane.control.model.LaneEffect;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.lane.control.model.LaneExceptionKind;
import org.openparcs.controller.lane.control.model.VendTicket;
import org.openparcs.controller.lane.gate.application.GateEvents;
import org.openparcs.controller.lane.gate.model.GateEvent;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.session.application.Sessions;
import org.openparcs.controller.session.model.OpenSession;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;

/**
 * Stores what a lane's turn produced, in one transaction with its outbox events: gate events,
 * operator exceptions, and the session a counted vehicle opens (entry) or closes (exit).
 */
public final class RecordLaneEffects {

  private final GateEvents gateEvents;
  private final LaneExceptions exceptions;
  private final Sessions sessions;
  private final Outbox outbox;
  private final Transactions tx;
  private final ReadEvidence evidence;

  public RecordLaneEffects(
      GateEvents gateEvents,
      LaneExceptions exceptions,
      Sessions sessions,
      Outbox outbox,
      Transactions tx,
      ReadEvidence evidence) {
    this.gateEvents = gateEvents;
    this.exceptions = exceptions;
    this.sessions = sessions;
    this.outbox = outbox;
    this.tx = tx;
    this.evidence = evidence;
  }

  public RecordLaneEffects(
      GateEvents gateEvents,
      LaneExceptions exceptions,
      Sessions sessions,
      Outbox outbox,
      Transactions tx) {
    this(gateEvents, exceptions, sessions, outbox, tx, ReadEvidence.NONE);
  }

  /** Stores the effects in a transaction of their own. */
  public void record(Lane lane, List<LaneEffect> effects, Instant at) {
    if (effects.stream().allMatch(e -> e instanceof LaneEffect.Command)) {
      return;
    }
    LaneEffect.Visitor<Void> store = new Store(lane, at, attachment(lane, effects));
    // The lane has already acted on these effects: losing them to a deadlock with another lane's
    // records would lose a vehicle, so a conflict is retried (the store writes nothing else).
    tx.inTransactionRetryingConflicts(
        () -> {
          effects.forEach(e -> e.accept(store));
          return null;
        });
  }

  /** Stores the effects in the caller's transaction (one commit for a vend and its records). */
  public void storeInCurrentTransaction(Lane lane, List<LaneEffect> effects, Instant at) {
    LaneEffect.Visitor<Void> store = new Store(lane, at, attachment(lane, effects));
    effects.forEach(e -> e.accept(store));
  }

  /**
   * A vehicle waiting for its read too long: the operator gets what was read of it, if anything.
   */
  private ReadEvidence.Attachment attachment(Lane lane, List<LaneEffect> effects) {
    boolean readTimeout =
        effects.stream()
            .anyMatch(
                e -> e instanceof LaneEffect.Alarm a && a.kind() == LaneExceptionKind.READ_TIMEOUT);
    return readTimeout ? evidence.forWaitingVehicle(lane.id()) : ReadEvidence.Attachment.NONE;
  }

  private final class Store implements LaneEffect.Visitor<Void> {
    private final Lane lane;
    private final Instant at;
    private final ReadEvidence.Attachment attachment;

    Store(Lane lane, Instant at, ReadEvidence.Attachment attachment) {
      this.lane = lane;
      this.at = at;
      this.attachment = attachment;
    }

    @Override
    public Void command(LaneEffect.Command c) {
      return null;
    }

    @Override
    public Void record(LaneEffect.Record r) {
      GateEvent event =
          new GateEvent(TimeOrderedId.at(at), lane.id(), r.type(), r.decisionId(), r.detail(), at);
      gateEvents.save(event);
      outbox.append(new GarageEvent.GateEventRecorded(event), at);
      return null;
    }

    @Override
    public Void alarm(LaneEffect.Alarm a) {
      boolean attach = a.kind() == LaneExceptionKind.READ_TIMEOUT;
      LaneException e =
          new LaneException(
              TimeOrderedId.at(at),
              lane.id(),
              a.kind(),
              a.decisionId(),
              a.detail(),
              at,
              attach ? attachment.readId() : null,
              attach ? attachment.frameId() : null,
              attach ? attachment.candidates() : List.of());
      exceptions.save(e);
      outbox.append(new GarageEvent.LaneExceptionRaised(e), at);
      if (a.kind().awaitsPlateReading()) {
        evidence.exceptionRaised(lane.id(), e.id());
      }
      return null;
    }

    @Override
    public Void counted(LaneEffect.Counted c) {
      if (lane.direction() == Direction.ENTRY) {
        openSession(c.ticket());
      } else {
        closeSession(c.ticket());
      }
      return null;
    }

    private void openSession(VendTicket t) {
      OpenSession session =
          new OpenSession(
              TimeOrderedId.at(at), t.plate(), t.permitId(), lane.id(), t.decisionId(), at);
      // Anti-passback made the decision; a session opened meanwhile by another lane stays.
      if (sessions.openUnlessOpen(session)) {
        outbox.append(new GarageEvent.SessionOpened(session), at);
      }
    }

    private void closeSession(VendTicket t) {
      sessions
          .openFor(t.plate())
          .map(open -> open.close(lane.id(), t.decisionId(), at))
          .ifPresent(
              closed -> {
                sessions.close(closed);
                outbox.append(new GarageEvent.SessionClosed(closed), at);
              });
    }
  }
}
