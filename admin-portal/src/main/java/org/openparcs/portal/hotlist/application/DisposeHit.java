package org.openparcs.portal.hotlist.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AlprAccess;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.hotlist.model.DispositionForm;
import org.openparcs.portal.hotlist.model.Hit;

/**
 * A person confirms a hit against the read and image and records its disposition (POLICY U3): the
 * confirmation that they compared the plate text is required; nothing else acts on a hit.
 */
public final class DisposeHit {

  private final Hits hits;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public DisposeHit(Hits hits, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.hits = hits;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public List<String> dispose(Actor actor, long hitId, DispositionForm form) {
    actor.require(Permission.HANDLE_HITS);
    if (!actor.training().current()) {
      return List.of("your ALPR training or acknowledgement lapsed (POLICY A4)");
    }
    Optional<Hit> hit =
        unitOfWork.reading(() -> hits.find(hitId)).filter(h -> actor.sees(h.garage()));
    if (hit.isEmpty()) {
      return List.of("no hit you may see has this number");
    }
    List<String> problems = form.problems();
    if (!problems.isEmpty()) {
      return problems;
    }
    Instant now = clock.instant();
    String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
    boolean recorded =
        unitOfWork.inTransaction(
            () -> hits.dispose(hitId, form.value(), note, actor.username(), now));
    if (!recorded) {
      return List.of("this hit was handled already");
    }
    audit.record(
        new AuditEntry(
            now,
            actor.username(),
            actor.department(),
            actor.ip(),
            AuditAction.HOT_LIST_HIT_DISPOSED,
            new AlprAccess(
                ListHits.PURPOSE,
                "hit=" + hitId + " plate=" + hit.get().plate(),
                hit.get().entry().form().caseNumbers(),
                null),
            form.value()
                + ", plate text compared with the image by "
                + actor.username()
                + (note == null ? "" : ": " + note)));
    return List.of();
  }
}
