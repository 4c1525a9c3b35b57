package org.openparcs.portal.sharing.web;

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
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.common.web.CsrfCookie;
import org.openparcs.portal.common.web.Forms;
import org.openparcs.portal.sharing.application.DecideSharingRequest;
import org.openparcs.portal.sharing.application.SaveAgency;
import org.openparcs.portal.sharing.application.SubmitSharingRequest;
import org.openparcs.portal.sharing.model.Decision;
import org.openparcs.portal.sharing.model.RequestForm;

/**
 * The coordinator's sharing page: agencies, requests entered from the agencies' forms, decisions
 * (POLICY S1, S2, U2, T4). Coordinator only, checked on the server.
 */
@Controller("/sharing")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SharingController {

  private final SaveAgency saveAgency;
  private final SubmitSharingRequest submit;
  private final DecideSharingRequest decide;
  private final SharingPage page;
  private final CurrentActor actors;
  private final CsrfCookie csrf;

  SharingController(
      SaveAgency saveAgency,
      SubmitSharingRequest submit,
      DecideSharingRequest decide,
      SharingPage page,
      CurrentActor actors,
      CsrfCookie csrf) {
    this.saveAgency = saveAgency;
    this.submit = submit;
    this.decide = decide;
    this.page = page;
    this.actors = actors;
    this.csrf = csrf;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> show(HttpRequest<?> request, Authentication authentication) {
    return page.render(request, actors.of(request, authentication), List.of(), "", HttpStatus.OK);
  }

  @Post(uri = "/agencies", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> agency(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable String name,
      @Nullable String kind,
      @Nullable String state,
      @Nullable String standing,
      @Nullable String note,
      @Nullable String csrfToken) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.MANAGE_SHARING);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    List<String> problems = saveAgency.save(actor, name, kind, state, "on".equals(standing), note);
    return problems.isEmpty()
        ? HttpResponse.seeOther(URI.create("/sharing"))
        : page.render(request, actor, problems, "", HttpStatus.BAD_REQUEST);
  }

  @Post(uri = "/requests", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> request(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable String agencyId,
      @Nullable String requesterName,
      @Nullable String requesterContact,
      @Nullable String onBehalfOf,
      @Nullable String reason,
      @Nullable String crimeType,
      @Nullable String caseNumber,
      @Nullable String plates,
      @Nullable String from,
      @Nullable String to,
      @Nullable String csrfToken) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.MANAGE_SHARING);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    RequestForm form =
        new RequestForm(
            number(agencyId),
            requesterName,
            requesterContact,
            onBehalfOf,
            reason,
            crimeType,
            caseNumber,
            plates,
            Forms.date(from),
            Forms.date(to));
    SubmitSharingRequest.Outcome outcome = submit.submit(actor, form);
    if (!outcome.problems().isEmpty()) {
      return page.render(request, actor, outcome.problems(), "", HttpStatus.BAD_REQUEST);
    }
    String notice =
        outcome.refusal() == null
            ? "request " + outcome.requestId() + " recorded: it waits for a decision"
            : "request " + outcome.requestId() + " refused: " + outcome.refusal();
    return page.render(request, actor, List.of(), notice, HttpStatus.OK);
  }

  @Post(uri = "/requests/{id}/decision", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> decision(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable long id,
      @Nullable String decision,
      @Nullable String denialReason,
      @Nullable String commanderName,
      @Nullable String commanderApprovedOn,
      @Nullable String csrfToken) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.MANAGE_SHARING);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    Decision d =
        new Decision(
            "approve".equals(decision),
            denialReason,
            commanderName,
            Forms.date(commanderApprovedOn));
    List<String> problems = decide.decide(actor, id, d);
    return problems.isEmpty()
        ? HttpResponse.seeOther(URI.create("/sharing"))
        : page.render(request, actor, problems, "", HttpStatus.BAD_REQUEST);
  }

  private static long number(String text) {
    return text != null && text.strip().matches("\\d{1,18}") ? Long.parseLong(text.strip()) : 0;
  }
}
