package org.openparcs.controller.lane.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openparcs.controller.lane.control.application.LaneExceptions;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.lane.control.model.LaneExceptionKind;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.session.application.Sessions;
import org.openparcs.controller.session.model.OpenSession;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;

/**
 * The operator's answer to a {@code NO_ENTRY_FOUND} exception: "it is session X". Session X's plate
 * is corrected to the plate read at the exit (audited with who and why, rule {@code
 * OPERATOR_MATCHED_ENTRY}), so the exit is quoted on X's stay and the normal paid exit follows.
 */
public final class MatchExitToEntry {

  /** The decision cannot be taken: unknown or wrong exception, session not open, decided. */
  public static final class Refused extends RuntimeException {
    public final boolean notFound;

    Refused(String message, boolean notFound) {
      super(message);
      this.notFound = notFound;
    }
  }

  private final LaneExceptions exceptions;
  private final ExitEntryDecisions decisions;
  private final Sessions sessions;
  private final Transactions tx;
  private final Clock clock;

  public MatchExitToEntry(
      LaneExceptions exceptions,
      ExitEntryDecisions decisions,
      Sessions sessions,
      Transactions tx,
      Clock clock) {
    this.sessions = sessions;
    this.exceptions = exceptions;
    this.decisions = decisions;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * "Lost ticket": a session is opened for the exit plate, at the exit, so the vehicle pays the
   * tariff's lost-ticket fee by plate against it (a {@code lostTicket} payment) and leaves paid;
   * audited with rule {@code LOST_TICKET}.
   */
  public ExitEntryDecision lostTicket(UUID exceptionId, String operator, String reason) {
    Instant now = clock.instant();
    return tx.inTransaction(
        () -> {
          LaneException e = noEntryFound(exceptionId);
          PlateText exitPlate = exitPlate(e);
          UUID session = TimeOrderedId.at(now);
          ExitEntryDecision d =
              new ExitEntryDecision(
                  TimeOrderedId.at(now),
                  exceptionId,
                  ExitEntryDecision.LOST_TICKET,
                  session,
                  null,
                  exitPlate,
                  operator,
                  reason,
                  now);
          sessions.open(new OpenSession(session, exitPlate, null, e.laneId(), e.decisionId(), now));
          if (!decisions.record(d)) {
            throw new Refused("exception " + exceptionId + " is already decided", false);
          }
          return d;
        });
  }

  private LaneException noEntryFound(UUID exceptionId) {
    LaneException e =
        exceptions
            .find(exceptionId)
            .orElseThrow(() -> new Refused("no exception " + exceptionId, true));
    if (e.kind() != LaneExceptionKind.NO_ENTRY_FOUND || e.decisionId() == null) {
      throw new Refused("exception " + exceptionId + " is not NO_ENTRY_FOUND", false);
    }
    return e;
  }

  private PlateText exitPlate(LaneException e) {
    return decisions
        .decidedPlate(e.decisionId())
        .orElseThrow(() -> new Refused("no decision " + e.decisionId(), true));
  }

  public ExitEntryDecision match(UUID exceptionId, UUID sessionId, String operator, String reason) {
    Instant now = clock.instant();
    return tx.inTransaction(
        () -> {
          LaneException e =
              exceptions
                  .find(exceptionId)
                  .orElseThrow(() -> new Refused("no exception " + exceptionId, true));
          if (e.kind() != LaneExceptionKind.NO_ENTRY_FOUND || e.decisionId() == null) {
            throw new Refused("exception " + exceptionId + " is not NO_ENTRY_FOUND", false);
          }
          PlateText exitPlate =
              decisions
                  .decidedPlate(e.decisionId())
                  .orElseThrow(() -> new Refused("no decision " + e.decisionId(), true));
          PlateText entryPlate =
              decisions
                  .openSessionPlate(sessionId)
                  .orElseThrow(() -> new Refused("no open session " + sessionId, false));
          ExitEntryDecision d =
              new ExitEntryDecision(
                  TimeOrderedId.at(now),
                  exceptionId,
                  ExitEntryDecision.OPERATOR_MATCHED_ENTRY,
                  sessionId,
                  entryPlate,
                  exitPlate,
                  operator,
                  reason,
                  now);
          if (!decisions.record(d)) {
            throw new Refused("exception " + exceptionId + " is already decided", false);
          }
          decisions.correctEntryPlate(sessionId, exitPlate);
          return d;
        });
  }
}
