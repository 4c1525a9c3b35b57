package org.openparcs.controller.lane.control.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.plate.application.CandidateReads;
import org.openparcs.controller.plate.model.CandidateRead;
import org.openparcs.controller.shared.application.Transactions;

/**
 * The operator's list of lane exceptions, newest first, each with the reads of its vehicle an
 * operator is offered as corrections (no-read, unsure and ambiguous reads).
 */
public final class ListLaneExceptions {

  /** An exception and its candidate reads, in the order offered (empty when it has none). */
  public record Listed(LaneException exception, List<CandidateRead> candidates) {}

  private final LaneControls controls;
  private final LaneExceptions exceptions;
  private final CandidateReads candidates;
  private final Transactions tx;

  public ListLaneExceptions(
      LaneControls controls,
      LaneExceptions exceptions,
      CandidateReads candidates,
      Transactions tx) {
    this.controls = controls;
    this.exceptions = exceptions;
    this.candidates = candidates;
    this.tx = tx;
  }

  /** Of one lane (an unknown lane is refused), or of every lane when {@code lane} is null. */
  public List<Listed> list(LaneId lane, int limit) {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
    }
    if (lane != null) {
      controls.lane(lane);
    }
    return tx.readOnly(
        () -> {
          List<LaneException> found = exceptions.recent(lane, limit);
          Map<UUID, List<CandidateRead>> offered =
              candidates.forExceptions(found.stream().map(LaneException::id).toList());
          return found.stream()
              .map(e -> new Listed(e, offered.getOrDefault(e.id(), List.of())))
              .toList();
        });
  }
}
