package org.openparcs.portal.audit.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.audit.model.AuditAnchor;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.common.application.UnitOfWork;

/**
 * Anchors the chain's current head, unless nothing was appended since the last anchor. Run
 * periodically: after an anchor, cutting the trail back or rewriting it up to the anchored record
 * shows, even if the chain and its head were rewritten together.
 */
public final class AnchorAuditTrail {

  private final AuditTrail trail;
  private final AuditAnchors anchors;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public AnchorAuditTrail(
      AuditTrail trail, AuditAnchors anchors, UnitOfWork unitOfWork, Clock clock) {
    this.trail = trail;
    this.anchors = anchors;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public Optional<AuditAnchor> anchor() {
    return unitOfWork.inTransaction(
        () -> {
          trail.lockHead();
          List<AuditRecord> all = trail.readAll();
          if (all.isEmpty()) {
            return Optional.empty();
          }
          AuditRecord last = all.get(all.size() - 1);
          Optional<AuditAnchor> latest = anchors.latest();
          if (latest.isPresent() && latest.get().recordId() == last.id()) {
            return Optional.empty();
          }
          AuditAnchor anchor = new AuditAnchor(clock.instant(), last.id(), last.hash(), all.size());
          anchors.add(anchor);
          return Optional.of(anchor);
        });
  }
}
