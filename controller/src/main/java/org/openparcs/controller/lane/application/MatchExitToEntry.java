package org.openparcs.controller.lane.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openparcs.controller.lane.control.application.LaneExceptions;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.lane.control.model.LaneExceptionKind;
import org.openparcs.controller.plate.model.PlateText;
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
  private final Transactions tx;
  private final Clock clock;

  public MatchExitToEntry(
      LaneExceptions exceptions, ExitEntryDecisions decisions, Transactions tx, Clock clock) {
    this.exceptions = exceptions;
    this.decisions = decisions;
    this.tx = tx;
    this.clock = clock;
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
