package org.openparcs.portal.sharing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AlprAccess;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.sharing.model.Decision;
import org.openparcs.portal.sharing.model.SharedRead;
import org.openparcs.portal.sharing.model.SharingPolicy;
import org.openparcs.portal.sharing.model.SharingRequest;
import org.openparcs.portal.sharing.model.SharingRuling;

/**
 * The coordinator approves or denies a pending request (POLICY S2). An approval for an agency
 * without standing access records the commander's name and date. Approved, the matching reads are
 * released to the agency: each record shared is logged in the audit trail with the agency's name
 * (T4). The rules run again at the decision (the agency may have changed since).
 */
public final class DecideSharingRequest {

  /** The most records one request releases. */
  public static final int MAX_RECORDS = 1000;

  private final SharingRequests requests;
  private final SharedRecords records;
  private final SharingPolicy policy;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final ZoneId zone;

  public DecideSharingRequest(
      SharingRequests requests,
      SharedRecords records,
      SharingPolicy policy,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock,
      ZoneId zone) {
    this.requests = requests;
    this.records = records;
    this.policy = policy;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.zone = zone;
  }

  /** The problems; empty when the decision is recorded. */
  public List<String> decide(Actor actor, long requestId, Decision decision) {
    actor.require(Permission.MANAGE_SHARING);
    Instant now = clock.instant();
    List<String> problems = new ArrayList<>();
    List<SharedRead> released = new ArrayList<>();
    Optional<SharingRequest> decided =
        unitOfWork.inTransaction(
            () -> {
              Optional<SharingRequest> found = requests.lock(requestId).filter(r -> r.pending());
              if (found.isEmpty()) {
                problems.add("no pending request with this number");
                return found;
              }
              SharingRequest r = found.get();
              SharingRuling ruling = policy.rule(r.agency(), r.form());
              String refusal =
                  ruling.match(i -> "incomplete", SharingRuling.Refused::rule, a -> null);
              if (refusal != null && decision.approve()) {
                problems.add("the sharing rules refuse this request now: " + refusal);
                return Optional.empty();
              }
              boolean commander = ruling.match(i -> false, x -> false, a -> a.commanderNeeded());
              problems.addAll(decision.problems(commander, LocalDate.ofInstant(now, zone)));
              if (!problems.isEmpty()) {
                return Optional.empty();
              }
              if (decision.approve()) {
                released.addAll(
                    records.matching(
                        r.form().plateList(),
                        r.form().from().atStartOfDay(zone).toInstant(),
                        r.form().to().atStartOfDay(zone).toInstant().plus(Duration.ofDays(1)),
                        MAX_RECORDS));
                records.store(requestId, released, now);
              }
              requests.decide(
                  requestId,
                  decision.approve() ? "RELEASED" : "DENIED",
                  decision.approve() ? null : decision.denialReason().strip(),
                  actor.username(),
                  now,
                  commander ? decision.commanderName().strip() : null,
                  commander ? decision.commanderApprovedOn() : null,
                  released.size());
              return found;
            });
    decided.ifPresent(r -> auditDecision(actor, r, decision, released, now));
    return problems;
  }

  private void auditDecision(
      Actor actor, SharingRequest r, Decision d, List<SharedRead> released, Instant now) {
    String agency = r.agency().name();
    for (SharedRead read : released) {
      audit.record(
          new AuditEntry(
              now,
              actor.username(),
              agency,
              actor.ip(),
              AuditAction.ALPR_SHARED,
              new AlprAccess(
                  "sharing-request",
                  "read=" + read.readId() + " plate=" + read.plate(),
                  r.form().caseNumber(),
                  r.form().crimeType()),
              "shared with "
                  + agency
                  + " (requester "
                  + r.form().requesterName()
                  + "), request "
                  + r.id()
                  + "; no onward sharing"));
    }
    String detail =
        d.approve()
            ? "request "
                + r.id()
                + " approved by "
                + actor.username()
                + (d.commanderName() == null || d.commanderName().isBlank()
                    ? ""
                    : " and commander "
                        + d.commanderName().strip()
                        + " on "
                        + d.commanderApprovedOn())
                + ": "
                + released.size()
                + " record(s) released to "
                + agency
            : "request " + r.id() + " denied: " + d.denialReason().strip();
    audit.record(
        new AuditEntry(
            now,
            actor.username(),
            agency,
            actor.ip(),
            d.approve() ? AuditAction.SHARING_APPROVED : AuditAction.SHARING_DENIED,
            AlprAccess.NONE,
            detail));
  }
}
