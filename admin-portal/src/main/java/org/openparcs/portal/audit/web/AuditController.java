package org.openparcs.portal.audit.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.audit.application.ReadAuditTrail;
import org.openparcs.portal.audit.application.ReadAuditTrail.View;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.application.ReviewLogons;
import org.openparcs.portal.audit.application.VerifyAuditTrail;
import org.openparcs.portal.audit.infrastructure.AuditSettings;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditFilter;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.audit.model.ChainCheck;
import org.openparcs.portal.common.web.Forms;
import org.openparcs.portal.garage.infrastructure.OverviewSettings;

/**
 * The auditor's pages (POLICY T3, A2): the trail with filters, a random sample, a CSV export
 * (itself audited), the chain's verification, and the log-on attempts.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

  /** The verification result as JSON. */
  @Serdeable
  record Verification(boolean intact, long records, String head, long brokenAt, String reason) {}

  private final ReadAuditTrail read;
  private final ReviewLogons logons;
  private final VerifyAuditTrail verify;
  private final RecordAuditEntry audit;
  private final CurrentActor actors;
  private final Pages pages;
  private final AuditSettings settings;
  private final java.time.Clock clock;
  private final ZoneId zone;
  private final DateTimeFormatter time;

  AuditController(
      ReadAuditTrail read,
      ReviewLogons logons,
      VerifyAuditTrail verify,
      RecordAuditEntry audit,
      CurrentActor actors,
      Pages pages,
      AuditSettings settings,
      OverviewSettings overview,
      java.time.Clock clock) {
    this.read = read;
    this.logons = logons;
    this.verify = verify;
    this.audit = audit;
    this.actors = actors;
    this.pages = pages;
    this.settings = settings;
    this.clock = clock;
    this.zone = overview.zone();
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS zzz").withZone(zone);
  }

  @Get(uri = "/audit", produces = MediaType.TEXT_HTML)
  HttpResponse<?> trail(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String username,
      @Nullable @QueryValue String action,
      @Nullable @QueryValue String purpose,
      @Nullable @QueryValue String terms) {
    Actor actor = actors.of(request, authentication);
    AuditFilter filter = filter(from, to, username, action, purpose, terms);
    List<AuditRecord> records = read.read(actor, View.BROWSE, filter, settings.pageSize());
    return page(
        request,
        actor,
        "Audit trail",
        "/audit",
        records,
        null,
        true,
        form(from, to, username, action, purpose, terms));
  }

  @Get(uri = "/audit/sample", produces = MediaType.TEXT_HTML)
  HttpResponse<?> sample(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String username,
      @Nullable @QueryValue String action,
      @Nullable @QueryValue String purpose,
      @Nullable @QueryValue String terms,
      @Nullable @QueryValue Integer size) {
    Actor actor = actors.of(request, authentication);
    int n = size == null ? 25 : Math.max(1, Math.min(size, settings.pageSize()));
    AuditFilter filter = filter(from, to, username, action, purpose, terms);
    List<AuditRecord> records = read.read(actor, View.SAMPLE, filter, n);
    return page(
        request,
        actor,
        "Audit trail: random sample",
        "/audit",
        records,
        null,
        true,
        form(from, to, username, action, purpose, terms));
  }

  @Get(uri = "/audit/export.csv", produces = "text/csv")
  HttpResponse<?> export(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String username,
      @Nullable @QueryValue String action,
      @Nullable @QueryValue String purpose,
      @Nullable @QueryValue String terms) {
    Actor actor = actors.of(request, authentication);
    AuditFilter filter = filter(from, to, username, action, purpose, terms);
    List<AuditRecord> records = read.read(actor, View.EXPORT, filter, settings.exportLimit());
    StringBuilder csv =
        new StringBuilder(
            "id,occurred_at,username,department,ip,action,purpose,terms,case_number,crime_type,"
                + "detail,prev_hash,hash\n");
    for (AuditRecord r : records) {
      var e = r.entry();
      csv.append(
              String.join(
                  ",",
                  Arrays.asList(
                      Forms.csv(r.id()),
                      Forms.csv(e.occurredAt()),
                      Forms.csv(e.username()),
                      Forms.csv(e.department()),
                      Forms.csv(e.ip()),
                      Forms.csv(e.action()),
                      Forms.csv(e.access().purpose()),
                      Forms.csv(e.access().terms()),
                      Forms.csv(e.access().caseNumber()),
                      Forms.csv(e.access().crimeType()),
                      Forms.csv(e.detail()),
                      Forms.csv(r.prevHash()),
                      Forms.csv(r.hash()))))
          .append('\n');
    }
    return HttpResponse.ok(csv.toString())
        .contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
  }

  @Get(uri = "/audit/verify", produces = MediaType.TEXT_HTML)
  HttpResponse<?> verifyPage(HttpRequest<?> request, Authentication authentication) {
    Actor actor = actors.of(request, authentication);
    Verification v = runVerification(actor);
    String text =
        v.intact()
            ? "The audit chain is intact: " + v.records() + " record(s), head " + v.head() + "."
            : "The audit chain is BROKEN at record " + v.brokenAt() + ": " + v.reason() + ".";
    List<AuditRecord> latest =
        read.read(actor, View.BROWSE, AuditFilter.actions(Set.of()), settings.pageSize());
    Map<String, String> form = form(null, null, null, null, null, null);
    return page(
            request, actor, "Audit trail: verification", "/audit", latest, text, v.intact(), form)
        .header("X-Audit-Chain", v.intact() ? "intact" : "broken");
  }

  @Get(uri = "/api/audit/verify", produces = MediaType.APPLICATION_JSON)
  Verification verifyApi(HttpRequest<?> request, Authentication authentication) {
    return runVerification(actors.of(request, authentication));
  }

  private Verification runVerification(Actor actor) {
    actor.require(Permission.READ_AUDIT_TRAIL);
    ChainCheck check = verify.verify();
    Verification v =
        check instanceof ChainCheck.Intact ok
            ? new Verification(true, ok.records(), ok.head().hex(), 0, null)
            : new Verification(
                false,
                0,
                null,
                ((ChainCheck.Broken) check).recordId(),
                ((ChainCheck.Broken) check).reason());
    audit.record(
        actor.audited(
            clock.instant(),
            AuditAction.AUDIT_VERIFIED,
            v.intact() ? "intact, " + v.records() + " record(s)" : "broken at " + v.brokenAt()));
    return v;
  }

  @Get(uri = "/logons", produces = MediaType.TEXT_HTML)
  HttpResponse<?> logonAttempts(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String username) {
    Actor actor = actors.of(request, authentication);
    List<AuditRecord> records =
        logons.review(
            actor,
            Forms.instant(from, zone),
            Forms.instant(to, zone),
            username,
            settings.pageSize());
    return page(
        request,
        actor,
        "Log-on attempts",
        "/logons",
        records,
        null,
        true,
        form(from, to, username, null, null, null));
  }

  private io.micronaut.http.MutableHttpResponse<?> page(
      HttpRequest<?> request,
      Actor actor,
      String title,
      String action,
      List<AuditRecord> records,
      String verification,
      boolean verified,
      Map<String, String> form) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", title);
    model.put("action", action);
    model.put("full", action.equals("/audit"));
    model.put("actions", Arrays.stream(AuditAction.values()).map(Enum::name).toList());
    model.put("records", records.stream().map(this::row).toList());
    model.put("verification", verification);
    model.put("verified", verified);
    model.put("form", form);
    return pages.render(request, actor, "audit", model);
  }

  private AuditFilter filter(
      String from, String to, String username, String action, String purpose, String terms) {
    Set<AuditAction> actions =
        Arrays.stream(AuditAction.values())
            .filter(a -> a.name().equals(action))
            .collect(java.util.stream.Collectors.toSet());
    return new AuditFilter(
        Forms.instant(from, zone), Forms.instant(to, zone), username, actions, purpose, terms);
  }

  private static Map<String, String> form(
      String from, String to, String username, String action, String purpose, String terms) {
    Map<String, String> form = new HashMap<>();
    form.put("from", from == null ? "" : from);
    form.put("to", to == null ? "" : to);
    form.put("username", username == null ? "" : username);
    form.put("action", action == null ? "" : action);
    form.put("purpose", purpose == null ? "" : purpose);
    form.put("terms", terms == null ? "" : terms);
    return form;
  }

  private Map<String, Object> row(AuditRecord r) {
    var e = r.entry();
    Map<String, Object> row = new HashMap<>();
    row.put("id", r.id());
    row.put("time", time.format(e.occurredAt()));
    row.put("username", e.username());
    row.put("department", e.department());
    row.put("ip", e.ip());
    row.put("action", e.action().name());
    row.put("purpose", e.access().purpose());
    row.put("terms", e.access().terms());
    row.put("caseNumber", e.access().caseNumber());
    row.put("crimeType", e.access().crimeType());
    row.put("detail", e.detail());
    return row;
  }
}
