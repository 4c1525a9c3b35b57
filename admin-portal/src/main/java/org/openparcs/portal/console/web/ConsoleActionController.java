package org.openparcs.portal.console.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.function.Supplier;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.common.web.ApiError;
import org.openparcs.portal.common.web.CsrfCookie;
import org.openparcs.portal.console.application.GarageConsoles.Answer;
import org.openparcs.portal.console.application.RelayConsoleAction;
import org.openparcs.portal.console.application.RelayConsoleAction.Outcome;
import org.openparcs.portal.console.model.ConsoleAction;
import org.openparcs.portal.console.model.ConsoleAction.InvalidConsoleAction;
import org.openparcs.portal.garage.model.GarageId;

/**
 * The actions of a garage's console in the portal (issue 5), each relayed to the garage's own
 * operator endpoint signed for this user: correct a plate, vend, set a lane's mode, and on a
 * vehicle at the exit with no entry, name its entry or record a lost ticket. The page sends the
 * CSRF token of its form in {@code X-CSRF-Token} (403 without it, nothing sent); a malformed action
 * is 400 (nothing sent); the garage's answer comes back as it is (its status and JSON); a garage
 * that cannot be reached is 503 with one sentence.
 */
@Controller("/garages/{garageId}/console")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ConsoleActionController {

  static final String CSRF_HEADER = "X-CSRF-Token";

  private final RelayConsoleAction relay;
  private final CurrentActor actors;
  private final CsrfCookie csrf;

  ConsoleActionController(RelayConsoleAction relay, CurrentActor actors, CsrfCookie csrf) {
    this.relay = relay;
    this.actors = actors;
    this.csrf = csrf;
  }

  @Post(uri = "/corrections", consumes = MediaType.APPLICATION_JSON)
  HttpResponse<?> correct(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String garageId,
      @Body ConsoleForm form) {
    return act(
        request,
        authentication,
        garageId,
        () ->
            new ConsoleAction.CorrectPlate(
                form.exceptionId(), form.readId(), form.plate(), form.reason()));
  }

  @Post(uri = "/lanes/{lane}/vend", consumes = MediaType.APPLICATION_JSON)
  HttpResponse<?> vend(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String garageId,
      @PathVariable String lane,
      @Body ConsoleForm form) {
    return act(
        request,
        authentication,
        garageId,
        () -> new ConsoleAction.Vend(lane, form.plate(), form.reason()));
  }

  @Post(uri = "/lanes/{lane}/mode", consumes = MediaType.APPLICATION_JSON)
  HttpResponse<?> mode(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String garageId,
      @PathVariable String lane,
      @Body ConsoleForm form) {
    return act(
        request,
        authentication,
        garageId,
        () -> new ConsoleAction.SetLaneMode(lane, form.mode(), form.reason()));
  }

  @Post(uri = "/exceptions/{exceptionId}/entry", consumes = MediaType.APPLICATION_JSON)
  HttpResponse<?> entry(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String garageId,
      @PathVariable String exceptionId,
      @Body ConsoleForm form) {
    return act(
        request,
        authentication,
        garageId,
        () -> new ConsoleAction.MatchEntry(exceptionId, form.sessionId(), form.reason()));
  }

  @Post(uri = "/exceptions/{exceptionId}/lost-ticket", consumes = MediaType.APPLICATION_JSON)
  HttpResponse<?> lostTicket(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String garageId,
      @PathVariable String exceptionId,
      @Body ConsoleForm form) {
    return act(
        request,
        authentication,
        garageId,
        () -> new ConsoleAction.LostTicket(exceptionId, form.reason()));
  }

  private HttpResponse<?> act(
      HttpRequest<?> request,
      Authentication authentication,
      String garageId,
      Supplier<ConsoleAction> action) {
    Actor actor = actors.of(request, authentication);
    if (!csrf.isGenuine(request, request.getHeaders().get(CSRF_HEADER))) {
      return HttpResponse.status(HttpStatus.FORBIDDEN)
          .body(new ApiError("the request did not carry this page's CSRF token"));
    }
    if (!GarageId.isValid(garageId)) {
      return HttpResponse.notFound(new ApiError("no such garage"));
    }
    ConsoleAction checked;
    try {
      checked = action.get();
    } catch (InvalidConsoleAction e) {
      return HttpResponse.badRequest(new ApiError(e.getMessage()));
    }
    Outcome outcome = relay.relay(actor, new GarageId(garageId), checked);
    if (outcome instanceof Outcome.NotAllowed no) {
      ConsoleRefusal refusal = ConsoleRefusal.of(no.access());
      return HttpResponse.status(refusal.status()).body(new ApiError(refusal.message()));
    }
    Answer answer = ((Outcome.Relayed) outcome).answer();
    if (answer instanceof Answer.Answered garage) {
      return HttpResponse.status(HttpStatus.valueOf(garage.status()))
          .contentType(MediaType.APPLICATION_JSON_TYPE)
          .body(garage.json() == null || garage.json().isBlank() ? "{}" : garage.json());
    }
    return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
        .body(new ApiError(((Answer.Unreachable) answer).why()));
  }
}
