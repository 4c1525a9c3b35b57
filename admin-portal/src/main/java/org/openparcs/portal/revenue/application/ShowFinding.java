package org.openparcs.portal.revenue.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AlprAccess;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.plate.model.AlprAccessPolicy;
import org.openparcs.portal.plate.model.Purpose;
import org.openparcs.portal.revenue.model.DispositionRecord;
import org.openparcs.portal.revenue.model.PlatesNeeded;
import org.openparcs.portal.revenue.model.ReportedFinding;

/**
 * One finding with its evidence and its dispositions. A finding of a garage outside the user's
 * scopes answers exactly like one that does not exist (POLICY A6). Its plates are shown only when
 * the rule needs them (A5), to a user who may read ALPR data now (A4) under a revenue purpose the
 * profile gives its roles (U1), and the view is audited before the plates leave (T1).
 */
public final class ShowFinding {

  /** Purposes under which a revenue auditor looks at a finding's plates, preferred first. */
  static final List<String> PURPOSES = List.of("revenue-protection", "transaction-audit");

  /**
   * @param plates the plates to show; empty when none are shown
   * @param platesWithheld why plates are not shown although the rule names some; null otherwise
   */
  public record Shown(
      ReportedFinding finding,
      String disposition,
      List<DispositionRecord> history,
      List<String> plates,
      String platesWithheld) {}

  private final RevenueRecords records;
  private final AlprAccessPolicy alpr;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ShowFinding(
      RevenueRecords records,
      AlprAccessPolicy alpr,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.records = records;
    this.alpr = alpr;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public Optional<Shown> show(Actor actor, GarageId garage, UUID findingId) {
    actor.require(Permission.VIEW_REVENUE);
    if (!actor.sees(garage)) {
      return Optional.empty();
    }
    Optional<ReportedFinding> found = unitOfWork.reading(() -> records.finding(garage, findingId));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ReportedFinding f = found.get();
    List<DispositionRecord> history =
        unitOfWork.reading(
            () ->
                records
                    .dispositions(garage, List.of(findingId))
                    .getOrDefault(findingId, List.of()));
    String disposition = f.currentDisposition(history);
    if (f.plates().isEmpty() || !PlatesNeeded.by(f.rule())) {
      return Optional.of(new Shown(f, disposition, history, List.of(), null));
    }
    Optional<Purpose> purpose = purpose(actor);
    if (!actor.mayReadAlprData() || purpose.isEmpty()) {
      String why =
          !actor.training().current()
              ? "your ALPR training or signed acknowledgement is missing or lapsed (POLICY A4)"
              : "no revenue purpose of the jurisdiction profile is open to your roles (POLICY U1)";
      return Optional.of(new Shown(f, disposition, history, List.of(), why));
    }
    audit.record(
        new AuditEntry(
            clock.instant(),
            actor.username(),
            actor.department(),
            actor.ip(),
            AuditAction.ALPR_VIEW,
            new AlprAccess(
                purpose.get().id(),
                // The plates shown go into the terms, sealed at rest (POLICY K1).
                "finding="
                    + garage.value()
                    + "/"
                    + findingId
                    + " plates="
                    + String.join(",", f.plates()),
                null,
                null),
            "finding " + f.rule() + ": " + f.plates().size() + " plate(s) shown"));
    return Optional.of(new Shown(f, disposition, history, f.plates(), null));
  }

  private Optional<Purpose> purpose(Actor actor) {
    List<Purpose> open = alpr.purposesFor(actor);
    return PURPOSES.stream()
        .flatMap(id -> open.stream().filter(p -> p.id().equals(id) && !p.lawEnforcement()))
        .findFirst();
  }
}
