package org.openparcs.portal.revenue.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.plate.model.AlprAccessPolicy;
import org.openparcs.portal.protection.infrastructure.EventPlates;
import org.openparcs.portal.protection.infrastructure.FreeText;
import org.openparcs.portal.revenue.application.DisposeFinding;
import org.openparcs.portal.revenue.application.ListFindings;
import org.openparcs.portal.revenue.application.RevenueRecords;
import org.openparcs.portal.revenue.application.ShowFinding;
import org.openparcs.portal.revenue.application.ShowRevenue;
import org.openparcs.protection.PlateCipher;

/** Wires the revenue pages: the garages' revenue reports and reconciliation findings. */
@Factory
class RevenueFactory {

  /** Findings on one page; the period narrows it. */
  private static final int FINDINGS_PER_PAGE = 500;

  @Singleton
  RevenueRecords revenueRecords(
      Jdbc jdbc, JsonMapper json, EventPlates plates, PlateCipher cipher) {
    return new JdbcRevenueRecords(jdbc, json, plates, new FreeText(cipher));
  }

  @Singleton
  ListFindings listFindings(RevenueRecords records, UnitOfWork unitOfWork) {
    return new ListFindings(records, unitOfWork, FINDINGS_PER_PAGE);
  }

  @Singleton
  ShowFinding showFinding(
      RevenueRecords records,
      AlprAccessPolicy alpr,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ShowFinding(records, alpr, audit, unitOfWork, clock);
  }

  @Singleton
  DisposeFinding disposeFinding(
      RevenueRecords records, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new DisposeFinding(records, audit, unitOfWork, clock);
  }

  @Singleton
  ShowRevenue showRevenue(RevenueRecords records, UnitOfWork unitOfWork) {
    return new ShowRevenue(records, unitOfWork);
  }
}
