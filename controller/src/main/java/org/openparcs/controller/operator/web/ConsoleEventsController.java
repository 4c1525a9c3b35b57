package org.openparcs.controller.operator.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openparcs.controller.lane.control.web.LaneOperatorController;
import org.openparcs.controller.lane.gate.web.LaneStatusController;
import org.openparcs.controller.lane.web.ReadsController;
import org.openparcs.controller.operator.application.OperatorSessions;
import org.openparcs.controller.operator.model.OperatorSession;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What the console shows, pushed to the page as Server-Sent Events ({@code GET /console/events},
 * event {@code console}): every lane with its mode, phase, sensors and device health; the newest
 * reads with their decision and reason; the reads waiting for an operator (image attached); the
 * lane exceptions. The garage looks every {@link #EVERY} and sends only what changed; the stream
 * ends when the operator's session does.
 */
@Controller("/console/events")
public class ConsoleEventsController {

  static final Duration EVERY = Duration.ofMillis(250);

  private final LaneStatusController lanes;
  private final ReadsController reads;
  private final LaneOperatorController exceptions;
  private final OperatorSessions sessions;
  private final JsonMapper json;

  public ConsoleEventsController(
      LaneStatusController lanes,
      ReadsController reads,
      LaneOperatorController exceptions,
      OperatorSessions sessions,
      JsonMapper json) {
    this.lanes = lanes;
    this.reads = reads;
    this.exceptions = exceptions;
    this.sessions = sessions;
    this.json = json;
  }

  @Get(produces = MediaType.TEXT_EVENT_STREAM)
  public Publisher<Event<String>> events(HttpRequest<?> request) {
    OperatorSession session = CurrentOperator.session(request);
    return Flux.interval(Duration.ZERO, EVERY)
        .onBackpressureDrop()
        .takeWhile(tick -> sessions.find(session.id()).isPresent())
        .concatMap(
            tick -> Mono.fromCallable(this::snapshot).subscribeOn(Schedulers.boundedElastic()), 1)
        .distinctUntilChanged()
        .map(text -> Event.of(text).name("console"));
  }

  private String snapshot() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("lanes", lanes.lanes());
    view.put("reads", reads.recent(null, 12));
    view.put("pending", reads.pending(null, 50));
    view.put("exceptions", exceptions.exceptions(30));
    try {
      return json.writeValueAsString(view);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
