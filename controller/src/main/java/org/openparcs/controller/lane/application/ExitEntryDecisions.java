package org.openparcs.controller.lane.application;

import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.plate.model.PlateText;

/** Where operators' decisions on exits with no plate match are kept, and what they change. */
public interface ExitEntryDecisions {

  /** The plate an access decision was taken on. */
  Optional<PlateText> decidedPlate(UUID decisionId);

  /** The plate of an open session, empty when it is not open. */
  Optional<PlateText> openSessionPlate(UUID sessionId);

  /** Corrects an open session's plate to the one read at the exit. */
  void correctEntryPlate(UUID sessionId, PlateText exitPlate);

  /** Records the decision; false when the exception was already decided. */
  boolean record(ExitEntryDecision decision);
}
