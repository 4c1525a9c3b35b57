package org.openparcs.portal.retention.application;

import java.util.List;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.retention.model.PurgeRun;

/** The purge runs and their progress, for the coordinator. */
public final class ShowPurgeRuns {

  private final PurgeRuns runs;
  private final UnitOfWork unitOfWork;

  public ShowPurgeRuns(PurgeRuns runs, UnitOfWork unitOfWork) {
    this.runs = runs;
    this.unitOfWork = unitOfWork;
  }

  /** One run when {@code runId} is given, else the latest {@code limit} runs. */
  public List<PurgeRun> show(Actor actor, Optional<Long> runId, int limit) {
    actor.require(Permission.MANAGE_RETENTION);
    return unitOfWork.reading(
        () -> runId.map(id -> runs.find(id).stream().toList()).orElseGet(() -> runs.recent(limit)));
  }
}
