package org.openparcs.controller.plate.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openparcs.controller.plate.model.CandidateRead;

/** The candidate reads kept with operator exceptions (in the caller's transaction). */
public interface CandidateReads {

  /** Each exception's candidates in the order offered; exceptions without any are left out. */
  Map<UUID, List<CandidateRead>> forExceptions(Collection<UUID> exceptionIds);

  /** None kept anywhere: for tests of the domain without a database. */
  CandidateReads NONE = ids -> Map.of();
}
