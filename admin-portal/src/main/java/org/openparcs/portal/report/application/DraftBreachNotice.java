package org.openparcs.portal.report.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.openparcs.policy.model.JurisdictionProfile;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.report.model.BreachInput;
import org.openparcs.portal.report.model.BreachNotice;

/** Drafts a breach notice filled from the audit trail for the affected period (POLICY K2). */
public final class DraftBreachNotice {

  /** The draft, or what is missing from the input. */
  public record Outcome(BreachNotice notice, List<String> problems) {}

  private final ReportData data;
  private final JurisdictionProfile profile;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final ZoneId zone;

  public DraftBreachNotice(
      ReportData data,
      JurisdictionProfile profile,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock,
      ZoneId zone) {
    this.data = data;
    this.profile = profile;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.zone = zone;
  }

  public Outcome draft(Actor actor, BreachInput input) {
    actor.require(Permission.DRAFT_BREACH_NOTICE);
    List<String> problems = input.problems();
    if (!problems.isEmpty()) {
      return new Outcome(null, problems);
    }
    Instant from = input.from().atStartOfDay(zone).toInstant();
    Instant to = input.to().plusDays(1).atStartOfDay(zone).toInstant();
    BreachNotice notice =
        BreachNotice.draft(
            input, unitOfWork.reading(() -> data.breachFacts(from, to)), profile.name());
    audit.record(
        actor.audited(
            clock.instant(),
            AuditAction.BREACH_NOTICE_DRAFTED,
            "breach notice drafted for " + input.from() + " to " + input.to()));
    return new Outcome(notice, List.of());
  }
}
