package org.openparcs.portal.revenue.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.revenue.model.DispositionRecord;
import org.openparcs.portal.revenue.model.FindingDisposition;
import org.openparcs.portal.revenue.model.ReportedFinding;
import org.openparcs.portal.revenue.model.ReportedRevenue;

/** The findings, dispositions and revenue reports garages sent, and the portal's dispositions. */
public interface RevenueRecords {

  /** Garages registered at the portal, by id. */
  List<GarageId> garages();

  /** Findings of these garages that happened in [from, to), newest first, at most {@code limit}. */
  List<ReportedFinding> findings(Collection<GarageId> garages, Instant from, Instant to, int limit);

  Optional<ReportedFinding> finding(GarageId garage, UUID findingId);

  /** Every disposition of these findings, garage's and portal's, by finding, oldest first. */
  Map<UUID, List<DispositionRecord>> dispositions(GarageId garage, Collection<UUID> findingIds);

  void recordDisposition(
      GarageId garage,
      UUID findingId,
      FindingDisposition disposition,
      String note,
      String auditor,
      Instant at);

  /** Revenue reports of the garage whose period lies within [from, to). */
  List<ReportedRevenue> revenueReports(GarageId garage, Instant from, Instant to);
}
