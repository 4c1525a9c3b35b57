package org.openparcs.controller.retention.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.retention.model.GaragePurge;
import org.openparcs.controller.retention.model.PurgeCounts;

/** The garage's record of each purge order it received (POLICY R4). */
public interface GaragePurges {

  Optional<GaragePurge> find(UUID orderId);

  void started(ReceivedOrder order, Instant at);

  void finished(UUID orderId, PurgeCounts counts, Instant at);

  void confirmed(UUID orderId, Instant at);

  void refused(ReceivedOrder order, String reason, Instant at);

  /** The latest purges, newest first. */
  List<GaragePurge> recent(int limit);
}
