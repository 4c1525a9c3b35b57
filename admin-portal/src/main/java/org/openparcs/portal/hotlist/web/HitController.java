package org.openparcs.portal.hotlist.web;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.common.web.CsrfCookie;
import org.openparcs.portal.hotlist.application.DisposeHit;
import org.openparcs.portal.hotlist.application.ListHits;
import org.openparcs.portal.hotlist.application.ShowHit;
import org.openparcs.portal.hotlist.model.Disposition;
import org.openparcs.portal.hotlist.model.DispositionForm;
import org.openparcs.portal.hotlist.model.Hit;

/**
 * Hot-list alerts for a person to confirm (POLICY U3): the list, one hit with its read and entry,
 * and the confirmation with its disposition. Garages send no images yet: the page says so.
 */
@Controller("/hits")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class HitController {

  private final ListHits list;
  private final ShowHit show;
  private final DisposeHit dispose;
  private final CurrentActor actors;
  private final Pages pages;
  private final CsrfCookie csrf;

  HitController(
      ListHits list,
      ShowHit show,
      DisposeHit dispose,
      CurrentActor actors,
      Pages pages,
      CsrfCookie csrf) {
    this.list = list;
    this.show = show;
    this.dispose = dispose;
    this.actors = actors;
    this.pages = pages;
    this.csrf = csrf;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> hits(
      HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String all) {
    Actor actor = actors.of(request, authentication);
    List<Hit> found = list.list(actor, all == null);
    Map<String, Object> model = new HashMap<>();
    model.put("trainingCurrent", actor.training().current());
    model.put("hits", found.stream().map(HitView::of).toList());
    return pages.render(request, actor, "hits", model);
  }

  @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
  HttpResponse<?> hit(
      HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
    Actor actor = actors.of(request, authentication);
    return render(request, actor, show.show(actor, id), List.of(), HttpStatus.OK);
  }

  @Post(uri = "/{id}/disposition", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> disposition(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable long id,
      @Nullable String disposition,
      @Nullable String compared,
      @Nullable String note,
      @Nullable String csrfToken) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.HANDLE_HITS);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    List<String> problems =
        dispose.dispose(actor, id, new DispositionForm(disposition, "on".equals(compared), note));
    if (problems.isEmpty()) {
      return HttpResponse.seeOther(URI.create("/hits/" + id));
    }
    return render(request, actor, show.show(actor, id), problems, HttpStatus.BAD_REQUEST);
  }

  private HttpResponse<?> render(
      HttpRequest<?> request,
      Actor actor,
      Optional<Hit> hit,
      List<String> problems,
      HttpStatus status) {
    Map<String, Object> model = new HashMap<>();
    model.put("problems", problems);
    model.put("trainingCurrent", actor.training().current());
    model.put("hit", hit.map(HitView::of).orElse(null));
    model.put(
        "dispositions", java.util.Arrays.stream(Disposition.values()).map(Enum::name).toList());
    return pages
        .render(request, actor, "hit", model)
        .status(hit.isEmpty() ? HttpStatus.NOT_FOUND : status);
  }
}
