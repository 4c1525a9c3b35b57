package org.openparcs.controller.lane.application;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.plate.model.PlateText;

/**
 * An operator's decision on a {@code NO_ENTRY_FOUND} exception, audited with who and why.
 *
 * @param rule {@code OPERATOR_MATCHED_ENTRY} (the vehicle entered on {@code sessionId}, read then
 *     as {@code entryPlate}) or {@code LOST_TICKET} (a session opened at the exit for the
 *     lost-ticket fee; no entry plate)
 */
public record ExitEntryDecision(
    UUID id,
    UUID exceptionId,
    String rule,
    UUID sessionId,
    PlateText entryPlate,
    PlateText exitPlate,
    String operator,
    String reason,
    Instant decidedAt) {

  public static final String OPERATOR_MATCHED_ENTRY = "OPERATOR_MATCHED_ENTRY";
  public static final String LOST_TICKET = "LOST_TICKET";

  public ExitEntryDecision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(exceptionId, "exceptionId");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(exitPlate, "exitPlate");
    Objects.requireNonNull(decidedAt, "decidedAt");
    if (operator == null || operator.isBlank() || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a decision names its operator and reason");
    }
  }
}
