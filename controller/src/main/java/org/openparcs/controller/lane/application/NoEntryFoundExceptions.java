package org.openparcs.controller.lane.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.openparcs.controller.garage.model.Direction;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.lane.access.model.DenialReason;
import org.openparcs.controller.lane.access.model.RecordedDecision;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.lane.control.model.LaneExceptionKind;
import org.openparcs.controller.plate.model.VehicleRead;
import org.openparcs.controller.session.model.OpenSession;
import org.openparcs.controller.shared.model.TimeOrderedId;

/**
 * No plate match at an exit of a garage that admits visitors: the lane stays closed and the
 * operator is told, with the open entries the plate inventory holds one confusable character away
 * (each with its session, entry time and entry decision, whose read and frame the operator opens),
 * or that there is none (a lost ticket).
 */
final class NoEntryFoundExceptions {

  private NoEntryFoundExceptions() {}

  static Optional<LaneException> forDecision(
      Lane lane,
      boolean visitorsAdmitted,
      RecordedDecision decision,
      VehicleRead read,
      Supplier<List<OpenSession>> inventory,
      Instant at) {
    boolean noSession =
        decision.decision().match(g -> false, d -> d.reason() == DenialReason.NO_SESSION);
    if (!visitorsAdmitted || lane.direction() != Direction.EXIT || !noSession) {
      return Optional.empty();
    }
    List<OpenSession> candidates = inventory.get();
    String detail =
        candidates.isEmpty()
            ? "no open entry for "
                + read.plate()
                + " nor one confusable character away: lost ticket?"
            : "no open entry for "
                + read.plate()
                + "; candidates: "
                + candidates.stream()
                    .map(
                        s ->
                            s.plate()
                                + " in "
                                + s.enteredAt()
                                + " session "
                                + s.id()
                                + " entry decision "
                                + s.entryDecisionId())
                    .collect(Collectors.joining("; "));
    return Optional.of(
        new LaneException(
            TimeOrderedId.at(at),
            lane.id(),
            LaneExceptionKind.NO_ENTRY_FOUND,
            decision.id(),
            detail,
            at,
            read.read().id(),
            read.read().frameId()));
  }
}
