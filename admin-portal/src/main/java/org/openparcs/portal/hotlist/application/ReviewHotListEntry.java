package org.openparcs.portal.hotlist.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.hotlist.model.HotListEntry;

/**
 * A supervisor approves an entry someone else entered, or removes an entry (POLICY S3). Only an
 * approved entry that is not removed matches reads.
 */
public final class ReviewHotListEntry {

  private final HotLists lists;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ReviewHotListEntry(
      HotLists lists, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.lists = lists;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** Empty when done; else why not. */
  public Optional<String> review(Actor actor, long entryId, boolean approve) {
    actor.require(Permission.SUPERVISE_HOT_LISTS);
    Instant now = clock.instant();
    Optional<String> problem =
        unitOfWork.inTransaction(
            () -> {
              Optional<HotListEntry> entry = lists.lockEntry(entryId);
              if (entry.isEmpty() || entry.get().removed()) {
                return Optional.of("no such entry");
              }
              if (approve && !entry.get().approvableBy(actor.username())) {
                return Optional.of(
                    "a supervisor other than the person who entered it approves an entry (S3)");
              }
              if (approve) {
                lists.approve(entryId, actor.username(), now);
              } else {
                lists.remove(entryId, actor.username(), now);
              }
              return Optional.empty();
            });
    if (problem.isEmpty()) {
      audit.record(
          actor.audited(
              now,
              approve ? AuditAction.HOT_LIST_ENTRY_APPROVED : AuditAction.HOT_LIST_ENTRY_REMOVED,
              "entry " + entryId));
    }
    return problem;
  }
}
