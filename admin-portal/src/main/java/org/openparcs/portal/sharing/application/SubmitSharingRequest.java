package org.openparcs.portal.sharing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AlprAccess;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.sharing.model.Agency;
import org.openparcs.portal.sharing.model.RequestForm;
import org.openparcs.portal.sharing.model.SharingPolicy;
import org.openparcs.portal.sharing.model.SharingRuling;

/**
 * A coordinator enters an agency's request (the Sacramento form's fields). The sharing rules run at
 * once: a request they refuse (out of state, federal, commercial, immigration, onward sharing) is
 * kept as refused and the refusal audited (POLICY S1, S2, U2); an admissible one waits for the
 * coordinator's decision.
 */
public final class SubmitSharingRequest {

  /** What became of the request. */
  public record Outcome(List<String> problems, long requestId, String refusal) {}

  private final Agencies agencies;
  private final SharingRequests requests;
  private final SharingPolicy policy;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public SubmitSharingRequest(
      Agencies agencies,
      SharingRequests requests,
      SharingPolicy policy,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.agencies = agencies;
    this.requests = requests;
    this.policy = policy;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public Outcome submit(Actor actor, RequestForm form) {
    actor.require(Permission.MANAGE_SHARING);
    Optional<Agency> agency = unitOfWork.reading(() -> agencies.find(form.agencyId()));
    if (agency.isEmpty()) {
      return new Outcome(List.of("choose a registered agency"), 0, null);
    }
    SharingRuling ruling = policy.rule(agency.get(), form);
    List<String> problems = ruling.match(SharingRuling.Incomplete::problems, r -> null, a -> null);
    if (problems != null) {
      return new Outcome(problems, 0, null);
    }
    String refusal = ruling.match(i -> null, SharingRuling.Refused::rule, a -> null);
    Instant now = clock.instant();
    long id =
        unitOfWork.inTransaction(
            () ->
                requests.store(
                    agency.get(),
                    form,
                    refusal == null ? "PENDING" : "REFUSED",
                    refusal,
                    actor.username(),
                    now));
    audit.record(
        new AuditEntry(
            now,
            actor.username(),
            agency.get().name(),
            actor.ip(),
            refusal == null ? AuditAction.SHARING_REQUESTED : AuditAction.SHARING_REFUSED,
            new AlprAccess(
                "sharing-request",
                "plates="
                    + String.join(",", form.plateList())
                    + " from="
                    + form.from()
                    + " to="
                    + form.to(),
                cut(form.caseNumber(), 64),
                cut(form.crimeType(), 100)),
            "request "
                + id
                + " from "
                + agency.get().name()
                + " (requester "
                + form.requesterName().strip()
                + ")"
                + (refusal == null ? "" : ": refused, " + refusal)));
    return new Outcome(List.of(), id, refusal);
  }

  private static String cut(String s, int max) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    return t.length() <= max ? t : t.substring(0, max);
  }
}
