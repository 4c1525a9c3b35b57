package org.openparcs.portal.hotlist.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.hotlist.model.HotList;
import org.openparcs.portal.hotlist.model.ImportRow;

/**
 * A supervisor refreshes an external list from its source's file (POLICY S3: external lists that
 * are not refreshed within 24 hours stop matching). New and changed entries wait for approval.
 */
public final class ImportHotList {

  private final HotLists lists;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ImportHotList(HotLists lists, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.lists = lists;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public List<String> importFile(Actor actor, long listId, String text) {
    actor.require(Permission.SUPERVISE_HOT_LISTS);
    Optional<HotList> list = unitOfWork.reading(() -> lists.find(listId));
    if (list.isEmpty() || !list.get().external()) {
      return List.of("choose an external list");
    }
    ImportRow.Parsed parsed = ImportRow.parse(text);
    if (parsed.problem() != null) {
      return List.of(parsed.problem());
    }
    Instant now = clock.instant();
    long[] counts =
        unitOfWork.inTransaction(
            () -> lists.replaceExternal(listId, parsed.entries(), actor.username(), now));
    audit.record(
        actor.audited(
            now,
            AuditAction.HOT_LIST_IMPORTED,
            list.get().name()
                + " refreshed from "
                + list.get().source()
                + ": "
                + counts[0]
                + " new (awaiting approval), "
                + counts[1]
                + " unchanged, "
                + counts[2]
                + " removed"));
    return List.of();
  }
}
