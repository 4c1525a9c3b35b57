package org.openparcs.portal.revenue.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.common.web.CsrfCookie;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.revenue.application.DisposeFinding;
import org.openparcs.portal.revenue.application.ListFindings;
import org.openparcs.portal.revenue.application.ShowFinding;
import org.openparcs.portal.revenue.model.FindingDisposition;

/**
 * The garages' reconciliation findings for the revenue auditor (POLICY A5): the list (no plates),
 * one finding with its evidence, severity, amount at risk and dispositions (plates only where the
 * rule needs them, audited), and the auditor's disposition (audited). A finding the user may not
 * see answers exactly like one that does not exist (A6).
 */
@Controller("/findings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class FindingController {

  private final ListFindings list;
  private final ShowFinding show;
  private final DisposeFinding dispose;
  private final CurrentActor actors;
  private final Pages pages;
  private final CsrfCookie csrf;
  private final Clock clock;

  FindingController(
      ListFindings list,
      ShowFinding show,
      DisposeFinding dispose,
      CurrentActor actors,
      Pages pages,
      CsrfCookie csrf,
      Clock clock) {
    this.list = list;
    this.show = show;
    this.dispose = dispose;
    this.actors = actors;
    this.pages = pages;
    this.csrf = csrf;
    this.clock = clock;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> findings(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable @QueryValue String garage,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.VIEW_REVENUE);
    Map<String, Object> model = new HashMap<>();
    model.put("garage", garage);
    try {
      Period period = Period.of(from, to, clock);
      model.put("from", period.first().toString());
      model.put("to", period.last().toString());
      GarageId only = garage == null || garage.isBlank() ? null : garageOrNone(garage);
      List<FindingView> found =
          garage != null && !garage.isBlank() && only == null
              ? List.of()
              : list.list(actor, only, period.start(), period.end()).stream()
                  .map(FindingView::listed)
                  .toList();
      model.put("findings", found);
      return pages.render(request, actor, "findings", model);
    } catch (IllegalArgumentException e) {
      model.put("problem", e.getMessage());
      model.put("from", from);
      model.put("to", to);
      model.put("findings", List.of());
      return pages.render(request, actor, "findings", model).status(HttpStatus.BAD_REQUEST);
    }
  }

  @Get(uri = "/{garage}/{id}", produces = MediaType.TEXT_HTML)
  HttpResponse<?> finding(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String garage,
      @PathVariable String id) {
    Actor actor = actors.of(request, authentication);
    return render(request, actor, garage, id, List.of(), HttpStatus.OK);
  }

  @Post(uri = "/{garage}/{id}/disposition", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> disposition(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String garage,
      @PathVariable String id,
      @Nullable String disposition,
      @Nullable String note,
      @Nullable String csrfToken) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.DISPOSE_FINDINGS);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    GarageId g = garageOrNone(garage);
    UUID findingId = uuidOrNone(id);
    List<String> problems =
        g == null || findingId == null
            ? List.of("no finding you may see has this id")
            : dispose.dispose(actor, g, findingId, disposition, note);
    if (problems.isEmpty()) {
      return HttpResponse.seeOther(URI.create("/findings/" + garage + "/" + id));
    }
    return render(request, actor, garage, id, problems, HttpStatus.BAD_REQUEST);
  }

  private HttpResponse<?> render(
      HttpRequest<?> request,
      Actor actor,
      String garage,
      String id,
      List<String> problems,
      HttpStatus status) {
    actor.require(Permission.VIEW_REVENUE);
    GarageId g = garageOrNone(garage);
    UUID findingId = uuidOrNone(id);
    Optional<ShowFinding.Shown> shown =
        g == null || findingId == null ? Optional.empty() : show.show(actor, g, findingId);
    Map<String, Object> model = new HashMap<>();
    model.put("problems", problems);
    model.put("finding", shown.map(FindingView::shown).orElse(null));
    model.put("mayDispose", actor.may(Permission.DISPOSE_FINDINGS));
    model.put(
        "dispositions",
        Arrays.stream(FindingDisposition.values())
            .filter(d -> d != FindingDisposition.OPEN)
            .map(Enum::name)
            .toList());
    return pages
        .render(request, actor, "finding", model)
        .status(shown.isEmpty() ? HttpStatus.NOT_FOUND : status);
  }

  private static GarageId garageOrNone(String text) {
    return GarageId.isValid(text) ? new GarageId(text) : null;
  }

  private static UUID uuidOrNone(String text) {
    try {
      UUID id = UUID.fromString(text);
      return id.toString().equalsIgnoreCase(text) ? id : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
