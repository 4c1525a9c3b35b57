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
import org.openparcs.portal.hotlist.model.EntryForm;
import org.openparcs.portal.hotlist.model.HotList;

/**
 * A member enters a plate into an internal hot list with who they are (name, badge, unit), the case
 * numbers and a synopsis (POLICY S3). It matches nothing until a supervisor approves it.
 */
public final class AddHotListEntry {

  private final HotLists lists;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public AddHotListEntry(
      HotLists lists, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.lists = lists;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public List<String> add(Actor actor, long listId, EntryForm form) {
    actor.require(Permission.ENTER_HOT_LIST);
    Optional<HotList> list = unitOfWork.reading(() -> lists.find(listId));
    if (list.isEmpty() || list.get().external()) {
      return List.of("choose an internal list (external lists are imported from their source)");
    }
    List<String> problems = form.problems();
    if (!problems.isEmpty()) {
      return problems;
    }
    Instant now = clock.instant();
    long id = unitOfWork.inTransaction(() -> lists.addEntry(listId, form, actor.username(), now));
    audit.record(
        new AuditEntry(
            now,
            actor.username(),
            actor.department(),
            actor.ip(),
            AuditAction.HOT_LIST_ENTRY_ADDED,
            new AlprAccess(
                null, "plate=" + form.normalisedPlate(), form.caseNumbers().strip(), null),
            "entry "
                + id
                + " in "
                + list.get().name()
                + " by "
                + form.name().strip()
                + " #"
                + form.badge().strip()
                + ", "
                + form.unit().strip()
                + ": awaiting a supervisor's approval"));
    return List.of();
  }
}
