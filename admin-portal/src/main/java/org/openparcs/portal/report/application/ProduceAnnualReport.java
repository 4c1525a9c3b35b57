package org.openparcs.portal.report.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.openparcs.policy.model.JurisdictionProfile;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.report.model.AnnualReport;

/**
 * The annual data usage report of a calendar year (POLICY K4), from the tallies (which outlive the
 * purged reads) and the audit trail (kept at least two years). UTC days.
 */
public final class ProduceAnnualReport {

  private final ReportData data;
  private final JurisdictionProfile profile;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ProduceAnnualReport(
      ReportData data,
      JurisdictionProfile profile,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.data = data;
    this.profile = profile;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** A year the report cannot cover (before 2000, or after next year). */
  public static final class YearOutOfRange extends RuntimeException {
    YearOutOfRange() {
      super("a report covers a calendar year from 2000 to next year, as four digits");
    }
  }

  /** The report; {@link YearOutOfRange} for a year outside 2000..next year. */
  public AnnualReport produce(Actor actor, int year, String format) {
    actor.require(Permission.ANNUAL_REPORT);
    int thisYear = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
    if (year < 2000 || year > thisYear + 1) {
      throw new YearOutOfRange();
    }
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = from.plusYears(1);
    AnnualReport report =
        unitOfWork.reading(
            () ->
                new AnnualReport(
                    year,
                    profile.id() + " (" + profile.name() + ", version " + profile.version() + ")",
                    data.locations(from, to),
                    data.accesses(
                        from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        to.atStartOfDay(ZoneOffset.UTC).toInstant())));
    audit.record(
        actor.audited(
            clock.instant(),
            AuditAction.ANNUAL_REPORT_PRODUCED,
            "annual data usage report " + year + " (" + format + ")"));
    return report;
  }
}
