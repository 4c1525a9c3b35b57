package org.openparcs.portal.audit.application;

import java.time.Clock;
import java.util.List;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.model.AlprAccess;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.audit.model.AuditFilter;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.common.application.UnitOfWork;

/**
 * The auditor's views of the trail (POLICY T3: reviewed and exported by an auditor role, with
 * periodic random samples). A sample and an export are themselves audited; an export includes its
 * own entry.
 */
public final class ReadAuditTrail {

  /** What the auditor wants from the trail. */
  public enum View {
    BROWSE,
    SAMPLE,
    EXPORT
  }

  private final AuditTrail trail;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ReadAuditTrail(
      AuditTrail trail, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.trail = trail;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /**
   * @param limit the most records to answer (for a sample: its size)
   */
  public List<AuditRecord> read(Actor actor, View view, AuditFilter filter, int limit) {
    actor.require(Permission.READ_AUDIT_TRAIL);
    if (view == View.SAMPLE) {
      List<AuditRecord> sample = unitOfWork.reading(() -> trail.sample(filter, limit));
      record(actor, AuditAction.AUDIT_SAMPLED, filter, sample.size() + " record(s) sampled");
      return sample;
    }
    if (view == View.EXPORT) {
      record(actor, AuditAction.AUDIT_EXPORTED, filter, "CSV export, at most " + limit);
    }
    return unitOfWork.reading(() -> trail.find(filter, limit));
  }

  private void record(Actor actor, AuditAction action, AuditFilter filter, String detail) {
    String criteria =
        "from="
            + filter.from()
            + " to="
            + filter.to()
            + " user="
            + filter.username()
            + " actions="
            + filter.actions()
            + " purpose="
            + filter.purpose()
            + " terms="
            + filter.terms();
    audit.record(
        new AuditEntry(
            clock.instant(),
            actor.username(),
            actor.department(),
            actor.ip(),
            action,
            AlprAccess.NONE,
            detail + "; " + criteria));
  }
}
