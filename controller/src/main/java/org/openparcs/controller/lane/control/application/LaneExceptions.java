package org.openparcs.controller.lane.control.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.model.LaneException;

/** Where operator exceptions are kept. */
public interface LaneExceptions {
  void save(LaneException exception);

  Optional<LaneException> find(UUID id);

  /** The newest exceptions, newest first; of one lane, or of all when {@code lane} is null. */
  List<LaneException> recent(LaneId lane, int limit);
}
