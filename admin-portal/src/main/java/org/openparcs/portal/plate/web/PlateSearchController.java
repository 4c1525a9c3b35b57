package org.openparcs.portal.plate.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.common.web.ApiError;
import org.openparcs.portal.common.web.Forms;
import org.openparcs.portal.garage.infrastructure.OverviewSettings;
import org.openparcs.portal.plate.application.SearchPlateReads;
import org.openparcs.portal.plate.application.SearchPlateReads.Channel;
import org.openparcs.portal.plate.application.ViewPlateRead;
import org.openparcs.portal.plate.model.AlprAccessPolicy;
import org.openparcs.portal.plate.model.PlateQuery;
import org.openparcs.portal.plate.model.PlateRead;

/**
 * Plate search with purpose (page, CSV export, JSON API) and the view of one read. Every request is
 * checked here, on the server, and audited by the use cases (POLICY U1, A4-A6, T1).
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PlateSearchController {

  private static final int PAGE_LIMIT = 500;
  private static final int EXPORT_LIMIT = 10_000;

  private final SearchPlateReads search;
  private final ViewPlateRead view;
  private final AlprAccessPolicy policy;
  private final CurrentActor actors;
  private final Pages pages;
  private final ZoneId zone;
  private final DateTimeFormatter time;

  PlateSearchController(
      SearchPlateReads search,
      ViewPlateRead view,
      AlprAccessPolicy policy,
      CurrentActor actors,
      Pages pages,
      OverviewSettings settings) {
    this.search = search;
    this.view = view;
    this.policy = policy;
    this.actors = actors;
    this.pages = pages;
    this.zone = settings.zone();
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz").withZone(zone);
  }

  @Get(uri = "/search", produces = MediaType.TEXT_HTML)
  HttpResponse<?> page(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable @QueryValue String plate,
      @Nullable @QueryValue String garage,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String purpose,
      @Nullable @QueryValue String caseNumber,
      @Nullable @QueryValue String crimeType) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.SEARCH_PLATES);
    Map<String, Object> model = new HashMap<>();
    model.put("purposes", policy.purposesFor(actor));
    model.put("trainingCurrent", actor.training().current());
    Map<String, String> form = new HashMap<>();
    form.put("plate", plate == null ? "" : plate);
    form.put("garage", garage == null ? "" : garage);
    form.put("from", from == null ? "" : from);
    form.put("to", to == null ? "" : to);
    form.put("purpose", purpose == null ? "" : purpose);
    form.put("caseNumber", caseNumber == null ? "" : caseNumber);
    form.put("crimeType", crimeType == null ? "" : crimeType);
    model.put("form", form);
    model.put("searched", plate != null);
    model.put("refusal", "");
    model.put("reads", List.of());
    if (plate != null) {
      PlateQuery q = query(plate, garage, from, to, purpose, caseNumber, crimeType);
      SearchPlateReads.Outcome outcome = search.search(actor, q, Channel.PAGE, PAGE_LIMIT);
      if (outcome instanceof SearchPlateReads.Outcome.Refused refused) {
        model.put("refusal", refused.message());
      } else {
        model.put("reads", rows(((SearchPlateReads.Outcome.Found) outcome).reads()));
      }
    }
    // A refused search answers 400, so scripts and tests tell it from an empty result.
    HttpStatus status =
        model.get("refusal").toString().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
    return pages.render(request, actor, "search", model).status(status);
  }

  @Get(uri = "/search/export.csv", produces = "text/csv")
  HttpResponse<?> export(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable @QueryValue String plate,
      @Nullable @QueryValue String garage,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String purpose,
      @Nullable @QueryValue String caseNumber,
      @Nullable @QueryValue String crimeType) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.SEARCH_PLATES);
    PlateQuery q = query(plate, garage, from, to, purpose, caseNumber, crimeType);
    SearchPlateReads.Outcome outcome = search.search(actor, q, Channel.EXPORT, EXPORT_LIMIT);
    if (outcome instanceof SearchPlateReads.Outcome.Refused refused) {
      return HttpResponse.badRequest(refused.message()).contentType(MediaType.TEXT_PLAIN_TYPE);
    }
    StringBuilder csv = new StringBuilder("event_id,garage,lane,camera,plate,confidence,read_at\n");
    for (PlateRead r : ((SearchPlateReads.Outcome.Found) outcome).reads()) {
      csv.append(
              String.join(
                  ",",
                  List.of(
                      Forms.csv(r.eventId()),
                      Forms.csv(r.garage().value()),
                      Forms.csv(r.lane()),
                      Forms.csv(r.camera()),
                      Forms.csv(r.plate()),
                      Forms.csv(r.confidence()),
                      Forms.csv(r.occurredAt()))))
          .append('\n');
    }
    return HttpResponse.ok(csv.toString())
        .contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"plate-reads.csv\"");
  }

  @Get(uri = "/api/reads", produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> api(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable @QueryValue String plate,
      @Nullable @QueryValue String garage,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String purpose,
      @Nullable @QueryValue String caseNumber,
      @Nullable @QueryValue String crimeType) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.SEARCH_PLATES);
    PlateQuery q = query(plate, garage, from, to, purpose, caseNumber, crimeType);
    SearchPlateReads.Outcome outcome = search.search(actor, q, Channel.API, PAGE_LIMIT);
    if (outcome instanceof SearchPlateReads.Outcome.Refused refused) {
      return HttpResponse.badRequest(new ApiError(refused.message()));
    }
    return HttpResponse.ok(
        ((SearchPlateReads.Outcome.Found) outcome).reads().stream().map(ReadJson::of).toList());
  }

  @Get(uri = "/reads/{eventId}", produces = MediaType.TEXT_HTML)
  HttpResponse<?> read(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String eventId,
      @Nullable @QueryValue String purpose,
      @Nullable @QueryValue String caseNumber,
      @Nullable @QueryValue String crimeType) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.SEARCH_PLATES);
    PlateQuery q = new PlateQuery(null, null, null, null, purpose, caseNumber, crimeType);
    ViewPlateRead.Outcome outcome = view.view(actor, eventId, q);
    Map<String, Object> model = new HashMap<>();
    model.put("refusal", "");
    model.put("read", null);
    HttpStatus status = HttpStatus.OK;
    if (outcome instanceof ViewPlateRead.Outcome.Shown shown) {
      model.put("read", row(shown.read()));
    } else if (outcome instanceof ViewPlateRead.Outcome.Refused refused) {
      model.put("refusal", refused.message());
      status = HttpStatus.BAD_REQUEST;
    } else {
      status = HttpStatus.NOT_FOUND;
    }
    return pages.render(request, actor, "read", model).status(status);
  }

  private PlateQuery query(
      String plate,
      String garage,
      String from,
      String to,
      String purpose,
      String caseNumber,
      String crimeType) {
    return new PlateQuery(
        plate,
        garage,
        Forms.instant(from, zone),
        Forms.instant(to, zone),
        purpose,
        caseNumber,
        crimeType);
  }

  private List<Map<String, Object>> rows(List<PlateRead> reads) {
    return reads.stream().map(this::row).toList();
  }

  private Map<String, Object> row(PlateRead r) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", r.eventId().toString());
    row.put("garage", r.garage().value());
    row.put("lane", r.lane());
    row.put("camera", r.camera());
    row.put("plate", r.plate());
    row.put("confidence", r.confidence() == null ? "" : String.format("%.2f", r.confidence()));
    row.put("time", time.format(r.occurredAt()));
    return row;
  }
}
