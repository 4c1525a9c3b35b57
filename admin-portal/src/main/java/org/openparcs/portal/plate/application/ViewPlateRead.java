package org.openparcs.portal.plate.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.plate.model.AlprAccessPolicy;
import org.openparcs.portal.plate.model.AlprAudit;
import org.openparcs.portal.plate.model.AlprRuling;
import org.openparcs.portal.plate.model.PlateQuery;
import org.openparcs.portal.plate.model.PlateRead;

/**
 * One plate read viewed, with a purpose like a search (POLICY U1, T1). A read of a garage outside
 * the user's scopes and a read that does not exist give the same answer (POLICY A6); both attempts
 * are audited.
 */
public final class ViewPlateRead {

  /** The outcome of a view. */
  public sealed interface Outcome {
    record Shown(PlateRead read) implements Outcome {}

    /** No read visible to this user under that id (whether or not one exists). */
    record NotVisible() implements Outcome {}

    record Refused(String message) implements Outcome {}
  }

  private final PlateReads reads;
  private final AlprAccessPolicy policy;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ViewPlateRead(
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

  /**
   * @param eventId the read's id as typed in the address
   * @param purpose the purpose and case fields (its plate is not used)
   */
  public Outcome view(Actor actor, String eventId, PlateQuery purpose) {
    String terms = "read=" + eventId;
    AlprRuling ruling = policy.rule(actor, purpose, false);
    if (ruling instanceof AlprRuling.Refused refused) {
      audit.record(
          AlprAudit.entry(
              clock.instant(), actor, purpose, AuditAction.ALPR_REFUSED, terms, refused.message()));
      return new Outcome.Refused(refused.message());
    }
    Optional<PlateRead> read =
        parse(eventId)
            .flatMap(id -> unitOfWork.reading(() -> reads.find(id)))
            .filter(r -> actor.sees(r.garage()));
    // The plate shown goes into the terms, which are sealed at rest; the detail names none (K1).
    String shown = read.map(r -> terms + " plate=" + r.plate()).orElse(terms);
    String detail = read.isPresent() ? "read shown" : "no visible read";
    audit.record(
        AlprAudit.entry(clock.instant(), actor, purpose, AuditAction.ALPR_VIEW, shown, detail));
    return read.<Outcome>map(Outcome.Shown::new).orElseGet(Outcome.NotVisible::new);
  }

  private static Optional<UUID> parse(String text) {
    try {
      UUID id = UUID.fromString(text);
      return id.toString().equalsIgnoreCase(text) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
