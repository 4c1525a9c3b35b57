package org.openparcs.portal.hotlist.application;

import java.time.Clock;
import java.util.List;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AlprAccess;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.hotlist.model.Hit;
import org.openparcs.portal.plate.application.PlateReads;

/**
 * The alerts waiting for a person, in the garages the user's scopes include (POLICY A6). They show
 * plates, so the list needs current training (A4) and is audited (T1) with purpose {@value
 * #PURPOSE}.
 */
public final class ListHits {

  /** The purpose audited for handling hot-list alerts (POLICY U3). */
  public static final String PURPOSE = "hot-list-alert";

  private final Hits hits;
  private final PlateReads reads;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ListHits(
      Hits hits, PlateReads reads, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.hits = hits;
    this.reads = reads;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** The hits; empty when the user's training lapsed (the page says why). */
  public List<Hit> list(Actor actor, boolean openOnly) {
    actor.require(Permission.HANDLE_HITS);
    if (!actor.training().current()) {
      return List.of();
    }
    List<Hit> found =
        unitOfWork.reading(() -> hits.recent(actor.visible(reads.garages()), openOnly, 200));
    audit.record(
        new AuditEntry(
            clock.instant(),
            actor.username(),
            actor.department(),
            actor.ip(),
            AuditAction.ALPR_SEARCH,
            new AlprAccess(PURPOSE, openOnly ? "hits=open" : "hits=all", null, null),
            found.size() + " hit(s) shown"));
    return found;
  }
}
