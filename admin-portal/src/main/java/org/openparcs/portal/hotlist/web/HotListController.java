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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.common.web.CsrfCookie;
import org.openparcs.portal.hotlist.application.AddHotListEntry;
import org.openparcs.portal.hotlist.application.ImportHotList;
import org.openparcs.portal.hotlist.application.ManageHotLists;
import org.openparcs.portal.hotlist.application.ReviewHotListEntry;
import org.openparcs.portal.hotlist.model.EntryForm;

/**
 * Hot lists (POLICY S3): members enter plates with who they are, case numbers and a synopsis;
 * supervisors create lists, import external ones and approve entries. Checked on the server.
 */
@Controller("/hotlists")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class HotListController {

  private final ManageHotLists manage;
  private final AddHotListEntry add;
  private final ReviewHotListEntry review;
  private final ImportHotList importer;
  private final HotListPage page;
  private final CurrentActor actors;
  private final CsrfCookie csrf;

  HotListController(
      ManageHotLists manage,
      AddHotListEntry add,
      ReviewHotListEntry review,
      ImportHotList importer,
      HotListPage page,
      CurrentActor actors,
      CsrfCookie csrf) {
    this.manage = manage;
    this.add = add;
    this.review = review;
    this.importer = importer;
    this.page = page;
    this.actors = actors;
    this.csrf = csrf;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> show(HttpRequest<?> request, Authentication authentication) {
    return page.render(request, actors.of(request, authentication), List.of(), HttpStatus.OK);
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> create(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable String name,
      @Nullable String kind,
      @Nullable String external,
      @Nullable String source,
      @Nullable String csrfToken) {
    Actor actor = checked(request, authentication, Permission.SUPERVISE_HOT_LISTS);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    return done(request, actor, manage.create(actor, name, kind, "on".equals(external), source));
  }

  @Post(uri = "/{id}/entries", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> entry(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable long id,
      @Nullable String plate,
      @Nullable String name,
      @Nullable String badge,
      @Nullable String unit,
      @Nullable String caseNumbers,
      @Nullable String synopsis,
      @Nullable String csrfToken) {
    Actor actor = checked(request, authentication, Permission.ENTER_HOT_LIST);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    EntryForm form = new EntryForm(plate, name, badge, unit, caseNumbers, synopsis);
    return done(request, actor, add.add(actor, id, form));
  }

  @Post(uri = "/entries/{id}/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> approve(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable long id,
      @Nullable String csrfToken) {
    return review(request, authentication, id, true, csrfToken);
  }

  @Post(uri = "/entries/{id}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> remove(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable long id,
      @Nullable String csrfToken) {
    return review(request, authentication, id, false, csrfToken);
  }

  private HttpResponse<?> review(
      HttpRequest<?> request,
      Authentication authentication,
      long id,
      boolean approve,
      String csrfToken) {
    Actor actor = checked(request, authentication, Permission.SUPERVISE_HOT_LISTS);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    Optional<String> problem = review.review(actor, id, approve);
    return done(request, actor, problem.stream().toList());
  }

  @Post(uri = "/{id}/import", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> importFile(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable long id,
      @Nullable String entries,
      @Nullable String csrfToken) {
    Actor actor = checked(request, authentication, Permission.SUPERVISE_HOT_LISTS);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    return done(request, actor, importer.importFile(actor, id, entries));
  }

  private Actor checked(HttpRequest<?> request, Authentication authentication, Permission p) {
    Actor actor = actors.of(request, authentication);
    actor.require(p);
    return actor;
  }

  private HttpResponse<?> done(HttpRequest<?> request, Actor actor, List<String> problems) {
    return problems.isEmpty()
        ? HttpResponse.seeOther(URI.create("/hotlists"))
        : page.render(request, actor, problems, HttpStatus.BAD_REQUEST);
  }
}
