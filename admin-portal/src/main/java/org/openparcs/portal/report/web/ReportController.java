package org.openparcs.portal.report.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.common.web.CsrfCookie;
import org.openparcs.portal.common.web.Forms;
import org.openparcs.portal.report.application.DraftBreachNotice;
import org.openparcs.portal.report.model.BreachInput;

/** The coordinator's reports page and the breach notification draft (POLICY K2). */
@Controller("/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController {

  private final DraftBreachNotice breach;
  private final CurrentActor actors;
  private final Pages pages;
  private final CsrfCookie csrf;
  private final Clock clock;

  ReportController(
      DraftBreachNotice breach, CurrentActor actors, Pages pages, CsrfCookie csrf, Clock clock) {
    this.breach = breach;
    this.actors = actors;
    this.pages = pages;
    this.csrf = csrf;
    this.clock = clock;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> page(HttpRequest<?> request, Authentication authentication) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.DRAFT_BREACH_NOTICE);
    return render(request, actor, List.of(), HttpStatus.OK);
  }

  @Post(uri = "/breach", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> draft(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable String from,
      @Nullable String to,
      @Nullable String whatHappened,
      @Nullable String contact,
      @Nullable String delayed,
      @Nullable String csrfToken) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.DRAFT_BREACH_NOTICE);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    DraftBreachNotice.Outcome outcome =
        breach.draft(
            actor,
            new BreachInput(
                Forms.date(from), Forms.date(to), whatHappened, contact, "on".equals(delayed)));
    if (!outcome.problems().isEmpty()) {
      return render(request, actor, outcome.problems(), HttpStatus.BAD_REQUEST);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("notice", outcome.notice());
    return pages.render(request, actor, "breach-notice", model);
  }

  private HttpResponse<?> render(
      HttpRequest<?> request, Actor actor, List<String> problems, HttpStatus s) {
    Map<String, Object> model = new HashMap<>();
    model.put("problems", problems);
    model.put("lastYear", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear() - 1);
    return pages.render(request, actor, "reports", model).status(s);
  }
}
