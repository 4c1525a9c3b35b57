package org.openparcs.portal.plate.application;

import java.time.Clock;
import java.util.List;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.plate.model.AlprAccessPolicy;
import org.openparcs.portal.plate.model.AlprAudit;
import org.openparcs.portal.plate.model.AlprRuling;
import org.openparcs.portal.plate.model.PlateQuery;
import org.openparcs.portal.plate.model.PlateRead;

/**
 * A plate search of ALPR data, by page, API or export. The access rules run first ({@link
 * AlprAccessPolicy}); a refusal is audited too. An allowed search is written to the audit trail
 * with who, department, IP, plate, purpose and case (POLICY T1) before any result leaves. Results
 * come only from the garages the user's scopes include, so a plate seen elsewhere looks the same as
 * a plate never seen (POLICY A6).
 */
public final class SearchPlateReads {

  /** How the data leaves the portal; each is its own audited action. */
  public enum Channel {
    PAGE(AuditAction.ALPR_SEARCH),
    API(AuditAction.ALPR_API),
    EXPORT(AuditAction.ALPR_EXPORT);

    private final AuditAction action;

    Channel(AuditAction action) {
      this.action = action;
    }
  }

  /** The outcome of a search. */
  public sealed interface Outcome {
    /** The reads found (possibly none). */
    record Found(List<PlateRead> reads) implements Outcome {}

    /** Refused before anything was looked up. */
    record Refused(String message) implements Outcome {}
  }

  private final PlateReads reads;
  private final AlprAccessPolicy policy;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public SearchPlateReads(
      PlateReads reads,
      AlprAccessPolicy policy,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.reads = reads;
    this.policy = policy;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public Outcome search(Actor actor, PlateQuery query, Channel channel, int limit) {
    AlprRuling ruling = policy.rule(actor, query, true);
    if (ruling instanceof AlprRuling.Refused refused) {
      audit.record(
          AlprAudit.entry(
              clock.instant(), actor, query, AuditAction.ALPR_REFUSED, refused.message()));
      return new Outcome.Refused(refused.message());
    }
    AlprRuling.Allowed allowed = (AlprRuling.Allowed) ruling;
    List<PlateRead> found =
        unitOfWork.reading(
            () ->
                reads.search(
                    allowed.plate(),
                    allowed.prefix(),
                    garages(actor, query.garage()),
                    query.from(),
                    query.to(),
                    limit));
    audit.record(
        AlprAudit.entry(
            clock.instant(), actor, query, channel.action, found.size() + " read(s) shown"));
    return new Outcome.Found(found);
  }

  private List<GarageId> garages(Actor actor, String garage) {
    List<GarageId> visible = actor.visible(reads.garages());
    if (garage == null || garage.isBlank()) {
      return visible;
    }
    return visible.stream().filter(g -> g.value().equals(garage.strip())).toList();
  }
}
