package org.openparcs.portal.hotlist.application;

import java.time.Clock;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AlprAccess;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.hotlist.model.Hit;

/**
 * One hit with its read and entry, for the person who confirms it (POLICY U3). A hit of a garage
 * outside the user's scopes answers like no hit (A6); training is required (A4); audited (T1).
 */
public final class ShowHit {

  private final Hits hits;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ShowHit(Hits hits, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.hits = hits;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public Optional<Hit> show(Actor actor, long hitId) {
    actor.require(Permission.HANDLE_HITS);
    if (!actor.training().current()) {
      return Optional.empty();
    }
    Optional<Hit> hit =
        unitOfWork.reading(() -> hits.find(hitId)).filter(h -> actor.sees(h.garage()));
    audit.record(
        new AuditEntry(
            clock.instant(),
            actor.username(),
            actor.department(),
            actor.ip(),
            AuditAction.ALPR_VIEW,
            // The plate shown goes into the terms, sealed at rest; the detail names none (K1).
            new AlprAccess(
                ListHits.PURPOSE,
                hit.map(h -> "hit=" + hitId + " plate=" + h.plate()).orElse("hit=" + hitId),
                null,
                null),
            hit.isPresent() ? "hit shown" : "no visible hit"));
    return hit;
  }
}
