package org.openparcs.portal.revenue.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.revenue.model.DispositionRecord;
import org.openparcs.portal.revenue.model.ReportedFinding;

/**
 * The reconciliation findings of the garages in the user's scopes (POLICY A5), without plates: a
 * list never shows one (the summary's plates were replaced at the garage). A garage outside the
 * scopes is left out as if it had none (A6).
 */
public final class ListFindings {

  /** A finding and its disposition now. */
  public record Listed(ReportedFinding finding, String disposition) {}

  private final RevenueRecords records;
  private final UnitOfWork unitOfWork;
  private final int limit;

  public ListFindings(RevenueRecords records, UnitOfWork unitOfWork, int limit) {
    this.records = records;
    this.unitOfWork = unitOfWork;
    this.limit = limit;
  }

  /**
   * @param garage one garage, or null for every garage the user sees
   */
  public List<Listed> list(Actor actor, GarageId garage, Instant from, Instant to) {
    actor.require(Permission.VIEW_REVENUE);
    return unitOfWork.reading(
        () -> {
          List<GarageId> visible =
              actor.visible(records.garages()).stream()
                  .filter(g -> garage == null || g.equals(garage))
                  .toList();
          if (visible.isEmpty()) {
            return List.of();
          }
          List<ReportedFinding> found = records.findings(visible, from, to, limit);
          List<Listed> listed = new ArrayList<>();
          for (GarageId g : visible) {
            List<ReportedFinding> ofGarage =
                found.stream().filter(f -> f.garage().equals(g)).toList();
            Map<UUID, List<DispositionRecord>> history =
                records.dispositions(g, ofGarage.stream().map(ReportedFinding::findingId).toList());
            ofGarage.forEach(
                f ->
                    listed.add(
                        new Listed(
                            f,
                            f.currentDisposition(history.getOrDefault(f.findingId(), List.of())))));
          }
          listed.sort((a, b) -> b.finding().occurredAt().compareTo(a.finding().occurredAt()));
          return listed;
        });
  }
}
