package org.openparcs.controller.operator.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import java.time.Clock;
import java.time.Duration;
import org.openparcs.controller.operator.application.OperatorSessions;
import org.openparcs.controller.operator.model.OperatorSession;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What the console shows, pushed to the page as Server-Sent Events ({@code GET /console/events}):
 * the whole view on connect (event {@code console}: every lane with its mode, phase, sensors and
 * device health; the newest reads with their decision, reason and plate box; the reads waiting for
 * an operator; the lane exceptions), then the parts that changed, when a lane or a record changes
 * ({@link ConsoleStream}). The stream ends when the operator's session does; one the portal opened
 * for its console ({@link PortalActor}) after {@link #PORTAL_STREAM}.
 */
@Controller("/console/events")
public class ConsoleEventsController {

  /** How long a stream the portal opened for one of its users lasts before it must sign again. */
  static final Duration PORTAL_STREAM = Duration.ofMinutes(5);

  private final ConsoleStream stream;
  private final OperatorSessions sessions;
  private final Clock clock;

  public ConsoleEventsController(ConsoleStream stream, OperatorSessions sessions, Clock clock) {
    this.stream = stream;
    this.sessions = sessions;
    this.clock = clock;
  }

  @Get(produces = MediaType.TEXT_EVENT_STREAM)
  public Publisher<Event<String>> events(HttpRequest<?> request) {
    if (PortalActor.of(request).isPresent()) {
      // The portal's console: the portal checks its user at each (re)connection, so a stream it
      // relays ends after the replay window of its signature and the portal signs a new one.
      return stream.open(Schedulers.boundedElastic()).takeUntilOther(Mono.delay(PORTAL_STREAM));
    }
    OperatorSession session = CurrentOperator.session(request);
    Duration left = Duration.between(clock.instant(), session.operator().expiresAt());
    return stream
        .open(Schedulers.boundedElastic())
        .takeWhile(event -> sessions.find(session.id()).isPresent())
        .takeUntilOther(Mono.delay(left.isNegative() ? Duration.ZERO : left));
  }
}
