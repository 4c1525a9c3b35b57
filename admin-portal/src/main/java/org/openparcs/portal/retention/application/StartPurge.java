package org.openparcs.portal.retention.application;

import java.time.Clock;
import java.util.OptionalLong;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.Background;

/**
 * A purge on demand, by a coordinator only (POLICY A5): the run opens now and goes on in the
 * background while its page shows the progress.
 */
public final class StartPurge {

  private final BeginPurge begin;
  private final ExecutePurge execute;
  private final Background background;
  private final Clock clock;

  public StartPurge(BeginPurge begin, ExecutePurge execute, Background background, Clock clock) {
    this.begin = begin;
    this.execute = execute;
    this.background = background;
    this.clock = clock;
  }

  /** The run's id; empty when another purge is going on. */
  public OptionalLong start(Actor actor) {
    actor.require(Permission.MANAGE_RETENTION);
    OptionalLong run =
        begin.begin("ON_DEMAND", actor.audited(clock.instant(), AuditAction.PURGE_STARTED, null));
    run.ifPresent(id -> background.submit(() -> execute.execute(id, "ON_DEMAND")));
    return run;
  }
}
