package org.openparcs.portal.console.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.sse.Event;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.common.web.ApiError;
import org.openparcs.portal.console.application.GarageConsoles;
import org.openparcs.portal.console.application.OpenGarageConsole;
import org.openparcs.portal.console.model.ConsoleAccess;
import org.openparcs.portal.garage.model.GarageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * The garage's live view relayed to the portal's console page as Server-Sent Events ({@code GET
 * /garages/{id}/console/events}): the portal opens the garage's own stream ({@code
 * /console/events}) signed for this user and passes each event on as the garage named it ({@code
 * console}, {@code lanes}, {@code reads}, {@code pending}, {@code exceptions}). A garage that
 * cannot be reached sends {@code unreachable} with one sentence, then the page retries. Each
 * connection is checked (a role or scope change applies at the next one) and audited (POLICY T1).
 */
@Controller("/garages/{garageId}/console/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ConsoleEventsController {

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleEventsController.class);
  private static final Duration RETRY_UNREACHABLE = Duration.ofSeconds(10);

  private final OpenGarageConsole open;
  private final GarageConsoles consoles;
  private final CurrentActor actors;
  private final JsonMapper json;

  ConsoleEventsController(
      OpenGarageConsole open, GarageConsoles consoles, CurrentActor actors, JsonMapper json) {
    this.open = open;
    this.consoles = consoles;
    this.actors = actors;
    this.json = json;
  }

  @Get(produces = MediaType.TEXT_EVENT_STREAM)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> events(
      HttpRequest<?> request, Authentication authentication, @PathVariable String garageId) {
    Actor actor = actors.of(request, authentication);
    OpenGarageConsole.Opening opening =
        GarageId.isValid(garageId)
            ? open.open(actor, new GarageId(garageId), "live view")
            : new OpenGarageConsole.Opening(ConsoleAccess.NOT_FOUND, null);
    if (!opening.allowed()) {
      ConsoleRefusal refusal = ConsoleRefusal.of(opening.access());
      return HttpResponse.status(refusal.status())
          .contentType(MediaType.APPLICATION_JSON_TYPE)
          .body(new ApiError(refusal.message()));
    }
    GarageId garage = new GarageId(garageId);
    Flux<Event<String>> relayed =
        Flux.create(
            sink -> {
              AutoCloseable stream =
                  consoles.stream(garage, actor, opening.purpose(), new Relay(sink));
              sink.onDispose(() -> close(stream));
            });
    return HttpResponse.ok(relayed).contentType(MediaType.TEXT_EVENT_STREAM_TYPE);
  }

  private static void close(AutoCloseable stream) {
    try {
      stream.close();
    } catch (Exception e) {
      LOG.debug("Console relay closed: {}", e.toString());
    }
  }

  private final class Relay implements GarageConsoles.LiveView {
    private final FluxSink<Event<String>> sink;

    Relay(FluxSink<Event<String>> sink) {
      this.sink = sink;
    }

    @Override
    public void event(String name, String data) {
      sink.next(Event.of(data).name(name));
    }

    @Override
    public void unreachable(String why) {
      String body;
      try {
        body = json.writeValueAsString(Map.of("message", why));
      } catch (IOException e) {
        body = "{}";
      }
      sink.next(Event.of(body).name("unreachable").retry(RETRY_UNREACHABLE));
      sink.complete();
    }

    @Override
    public void ended() {
      sink.complete();
    }
  }
}
