package org.openparcs.portal.console.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.common.web.ApiError;
import org.openparcs.portal.console.application.GarageConsoles;
import org.openparcs.portal.console.application.GarageConsoles.Image;
import org.openparcs.portal.console.application.OpenGarageConsole;
import org.openparcs.portal.console.model.ConsoleAccess;
import org.openparcs.portal.garage.model.GarageId;

/**
 * A garage's operator console in the portal (issue 5): the page ({@code /garages/{id}/console}) and
 * the frames it shows, fetched from the garage for this user and never stored here. The live view
 * and the actions are in {@link ConsoleEventsController} and {@link ConsoleActionController}. A
 * garage outside the user's scopes answers like one that does not exist (POLICY A6).
 */
@Controller("/garages/{garageId}/console")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class GarageConsoleController {

  private final OpenGarageConsole open;
  private final GarageConsoles consoles;
  private final CurrentActor actors;
  private final Pages pages;

  GarageConsoleController(
      OpenGarageConsole open, GarageConsoles consoles, CurrentActor actors, Pages pages) {
    this.open = open;
    this.consoles = consoles;
    this.actors = actors;
    this.pages = pages;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> page(
      HttpRequest<?> request, Authentication authentication, @PathVariable String garageId) {
    Actor actor = actors.of(request, authentication);
    ConsoleAccess access =
        GarageId.isValid(garageId)
            ? open.open(actor, new GarageId(garageId), null).access()
            : ConsoleAccess.NOT_FOUND;
    if (access != ConsoleAccess.ALLOWED) {
      ConsoleRefusal refusal = ConsoleRefusal.of(access);
      return pages
          .render(
              request, actor, "garage-console", Map.of("garage", "", "problem", refusal.message()))
          .status(refusal.status());
    }
    return pages.render(
        request, actor, "garage-console", Map.of("garage", garageId, "problem", ""));
  }

  @Get(uri = "/frames/{frameId}")
  HttpResponse<?> frame(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String garageId,
      @PathVariable String frameId) {
    Actor actor = actors.of(request, authentication);
    if (!GarageId.isValid(garageId) || !frameId.matches("[0-9a-fA-F-]{36}")) {
      return HttpResponse.notFound(new ApiError("no such frame"));
    }
    GarageId garage = new GarageId(garageId);
    OpenGarageConsole.Opening opening = open.open(actor, garage, "frame=" + frameId);
    if (!opening.allowed()) {
      ConsoleRefusal refusal = ConsoleRefusal.of(opening.access());
      return HttpResponse.status(refusal.status()).body(new ApiError(refusal.message()));
    }
    Image image = consoles.frame(garage, frameId, actor, opening.purpose());
    if (image instanceof Image.Found found) {
      return HttpResponse.ok(found.jpeg())
          .contentType(found.contentType())
          .header("Cache-Control", "private, no-store");
    }
    if (image instanceof Image.Refused refused) {
      return HttpResponse.status(
              refused.status() == 404
                  ? io.micronaut.http.HttpStatus.NOT_FOUND
                  : io.micronaut.http.HttpStatus.BAD_GATEWAY)
          .body(new ApiError("the garage did not give the frame (" + refused.status() + ")"));
    }
    return HttpResponse.status(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE)
        .body(new ApiError(((Image.Unreachable) image).why()));
  }
}
