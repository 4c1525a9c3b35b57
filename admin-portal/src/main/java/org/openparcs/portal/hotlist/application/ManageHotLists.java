package org.openparcs.portal.hotlist.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.hotlist.model.HotListKind;

/** A supervisor creates a hot list, internal or copied from an external source (POLICY S3). */
public final class ManageHotLists {

  private final HotLists lists;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ManageHotLists(
      HotLists lists, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.lists = lists;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public List<String> create(
      Actor actor, String name, String kind, boolean external, String source) {
    actor.require(Permission.SUPERVISE_HOT_LISTS);
    HotListKind k;
    try {
      k = HotListKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return List.of("choose stolen, wanted or scofflaw");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      return List.of("name the list (at most 200 characters)");
    }
    if (external && (source == null || source.isBlank() || source.length() > 200)) {
      return List.of("an external list names its source");
    }
    if (unitOfWork.reading(() -> lists.all()).stream()
        .anyMatch(l -> l.name().equals(name.strip()))) {
      return List.of("a list with this name exists");
    }
    Instant now = clock.instant();
    long id =
        unitOfWork.inTransaction(
            () ->
                lists.create(
                    name.strip(),
                    k,
                    external,
                    external ? source.strip() : null,
                    actor.username(),
                    now));
    audit.record(
        actor.audited(
            now,
            AuditAction.HOT_LIST_CREATED,
            "list " + id + " " + name.strip() + " (" + k + (external ? ", external" : "") + ")"));
    return List.of();
  }
}
