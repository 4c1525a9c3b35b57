package org.openparcs.portal.retention.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.openparcs.policy.model.DataClass;
import org.openparcs.policy.model.Days;
import org.openparcs.policy.model.EffectivePolicy;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.common.web.CsrfCookie;
import org.openparcs.portal.retention.application.ListLegalHolds;
import org.openparcs.portal.retention.application.PlaceLegalHold;
import org.openparcs.portal.retention.application.ReleaseLegalHold;
import org.openparcs.portal.retention.application.ShowPurgeRuns;
import org.openparcs.portal.retention.application.StartPurge;
import org.openparcs.portal.retention.model.HoldRequest;
import org.openparcs.portal.retention.model.PurgeRun;

/**
 * The coordinator's retention page: periods in force, legal holds (place, release), purges on
 * demand and their progress (POLICY R1, R3, R4). Coordinator only, checked here.
 */
@Controller("/retention")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class RetentionPageController {

  private final ListLegalHolds holds;
  private final PlaceLegalHold place;
  private final ReleaseLegalHold release;
  private final StartPurge start;
  private final ShowPurgeRuns runs;
  private final EffectivePolicy policy;
  private final CurrentActor actors;
  private final Pages pages;
  private final CsrfCookie csrf;

  RetentionPageController(
      ListLegalHolds holds,
      PlaceLegalHold place,
      ReleaseLegalHold release,
      StartPurge start,
      ShowPurgeRuns runs,
      EffectivePolicy policy,
      CurrentActor actors,
      Pages pages,
      CsrfCookie csrf) {
    this.holds = holds;
    this.place = place;
    this.release = release;
    this.start = start;
    this.runs = runs;
    this.policy = policy;
    this.actors = actors;
    this.pages = pages;
    this.csrf = csrf;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> page(HttpRequest<?> request, Authentication authentication) {
    return render(request, actors.of(request, authentication), List.of(), HttpStatus.OK);
  }

  @Post(uri = "/holds", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> placeHold(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable String kind,
      @Nullable String target,
      @Nullable String caseNumber,
      @Nullable String reason,
      @Nullable String csrfToken) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.MANAGE_RETENTION);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    List<String> problems = place.place(actor, new HoldRequest(kind, target, caseNumber, reason));
    return problems.isEmpty()
        ? HttpResponse.seeOther(URI.create("/retention"))
        : render(request, actor, problems, HttpStatus.BAD_REQUEST);
  }

  @Post(uri = "/holds/{id}/release", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> releaseHold(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable long id,
      @Nullable String reason,
      @Nullable String csrfToken) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.MANAGE_RETENTION);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    return release.release(actor, id, reason)
        ? HttpResponse.seeOther(URI.create("/retention"))
        : render(
            request,
            actor,
            List.of("no active hold with this number, or no reason given (the case closed?)"),
            HttpStatus.BAD_REQUEST);
  }

  @Post(uri = "/purges", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> purge(
      HttpRequest<?> request, Authentication authentication, @Nullable String csrfToken) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.MANAGE_RETENTION);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    OptionalLong run = start.start(actor);
    return run.isPresent()
        ? HttpResponse.seeOther(URI.create("/retention/runs/" + run.getAsLong()))
        : render(
            request,
            actor,
            List.of("another purge is running: watch its progress below"),
            HttpStatus.CONFLICT);
  }

  @Get(uri = "/runs/{id}", produces = MediaType.TEXT_HTML)
  HttpResponse<?> run(
      HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
    Actor actor = actors.of(request, authentication);
    List<PurgeRun> found = runs.show(actor, Optional.of(id), 1);
    Map<String, Object> model = new HashMap<>();
    model.put("run", found.isEmpty() ? null : RunView.of(found.get(0)));
    return pages
        .render(request, actor, "purge-run", model)
        .status(found.isEmpty() ? HttpStatus.NOT_FOUND : HttpStatus.OK);
  }

  private HttpResponse<?> render(
      HttpRequest<?> request, Actor actor, List<String> problems, HttpStatus status) {
    Map<String, Object> model = new HashMap<>();
    model.put("problems", problems);
    model.put("profile", policy.profile().id() + " (version " + policy.profile().version() + ")");
    model.put(
        "periods",
        java.util.Arrays.stream(DataClass.values())
            .map(c -> Map.of("label", c.label(), "period", Days.text(policy.days(c))))
            .toList());
    model.put("holds", holds.list(actor, 100).stream().map(RunView::hold).toList());
    model.put("runs", runs.show(actor, Optional.empty(), 20).stream().map(RunView::of).toList());
    return pages.render(request, actor, "retention", model).status(status);
  }
}
