package org.openparcs.portal.user.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.common.web.CsrfCookie;
import org.openparcs.portal.user.application.ChangePassword;
import org.openparcs.portal.user.application.IssueRecoveryCodes;
import org.openparcs.portal.user.application.SignAcknowledgement;
import org.openparcs.portal.user.model.Acknowledgement;

/**
 * The user's own account: training status, the signed acknowledgement (POLICY A4), password change
 * (A3) and new recovery codes (A1). Open to every logged-in user, for their own account only.
 */
@Controller("/account")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController {

  private final SignAcknowledgement sign;
  private final ChangePassword changePassword;
  private final IssueRecoveryCodes issueCodes;
  private final CurrentActor actors;
  private final Pages pages;
  private final CsrfCookie csrf;

  AccountController(
      SignAcknowledgement sign,
      ChangePassword changePassword,
      IssueRecoveryCodes issueCodes,
      CurrentActor actors,
      Pages pages,
      CsrfCookie csrf) {
    this.sign = sign;
    this.changePassword = changePassword;
    this.issueCodes = issueCodes;
    this.actors = actors;
    this.pages = pages;
    this.csrf = csrf;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> account(HttpRequest<?> request, Authentication authentication) {
    return render(request, actors.of(request, authentication), List.of(), HttpStatus.OK);
  }

  @Post(uri = "/acknowledgement", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> acknowledge(
      HttpRequest<?> request, Authentication authentication, @Body Map<String, List<String>> form) {
    Actor actor = actors.of(request, authentication);
    if (!csrf.isGenuine(request, first(form, "csrfToken"))) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    List<Integer> affirmed = new ArrayList<>();
    for (String s : form.getOrDefault("statement", List.of())) {
      if (s.matches("[0-3]")) {
        affirmed.add(Integer.parseInt(s));
      }
    }
    String problem = sign.sign(actor, affirmed, first(form, "signature"));
    return problem.isEmpty()
        ? HttpResponse.seeOther(URI.create("/account"))
        : render(request, actor, List.of(problem), HttpStatus.BAD_REQUEST);
  }

  @Post(uri = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> password(
      HttpRequest<?> request, Authentication authentication, @Body Map<String, List<String>> form) {
    Actor actor = actors.of(request, authentication);
    if (!csrf.isGenuine(request, first(form, "csrfToken"))) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    List<String> problems =
        changePassword.change(
            actor.userId(), first(form, "current"), first(form, "proposed"), actor.ip());
    return problems.isEmpty()
        ? HttpResponse.seeOther(URI.create("/account"))
        : render(request, actor, problems, HttpStatus.BAD_REQUEST);
  }

  @Post(uri = "/recovery-codes", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> recoveryCodes(
      HttpRequest<?> request, Authentication authentication, @Body Map<String, List<String>> form) {
    Actor actor = actors.of(request, authentication);
    if (!csrf.isGenuine(request, first(form, "csrfToken"))) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    List<String> codes = issueCodes.issue(actor);
    return HttpResponse.ok(
        new ModelAndView<>("recovery-codes", Map.of("codes", codes, "next", "/account")));
  }

  private HttpResponse<?> render(
      HttpRequest<?> request, Actor actor, List<String> problems, HttpStatus status) {
    Map<String, Object> model = new HashMap<>();
    model.put("problems", problems);
    model.put("statements", Acknowledgement.STATEMENTS);
    model.put("training", actor.training());
    model.put("department", actor.department() == null ? "" : actor.department());
    model.put("roles", actor.roles().stream().map(Enum::name).sorted().toList());
    return pages.render(request, actor, "account", model).status(status);
  }

  private static String first(Map<String, List<String>> form, String key) {
    List<String> values = form.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
