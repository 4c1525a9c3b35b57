package org.openparcs.portal.report.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.policy.model.EffectivePolicy;
import org.openparcs.policy.model.JurisdictionProfile;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.infrastructure.OverviewSettings;
import org.openparcs.portal.report.application.DraftBreachNotice;
import org.openparcs.portal.report.application.ProduceAnnualReport;
import org.openparcs.portal.report.application.ReportData;
import org.openparcs.portal.report.application.ShowTransparency;
import org.openparcs.protection.PlateCipher;

/** Wires the reports: breach notice, annual report, transparency page. */
@Factory
class ReportFactory {

  @Singleton
  ReportData reportData(Jdbc jdbc, PlateCipher cipher) {
    return new JdbcReportData(jdbc, cipher);
  }

  @Singleton
  AnnualReportPdf annualReportPdf() {
    return new AnnualReportPdf();
  }

  @Singleton
  DraftBreachNotice draftBreachNotice(
      ReportData data,
      JurisdictionProfile profile,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock,
      OverviewSettings settings) {
    return new DraftBreachNotice(data, profile, audit, unitOfWork, clock, settings.zone());
  }

  @Singleton
  ProduceAnnualReport produceAnnualReport(
      ReportData data,
      JurisdictionProfile profile,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ProduceAnnualReport(data, profile, audit, unitOfWork, clock);
  }

  @Singleton
  ShowTransparency showTransparency(
      ReportData data, EffectivePolicy policy, UnitOfWork unitOfWork, Clock clock) {
    return new ShowTransparency(data, policy, unitOfWork, clock);
  }
}
