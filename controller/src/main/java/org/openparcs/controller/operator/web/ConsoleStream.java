package org.openparcs.controller.operator.web;

import io.micronaut.http.sse.Event;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.openparcs.controller.lane.control.web.LaneOperatorController;
import org.openparcs.controller.lane.gate.web.LaneStatusController;
import org.openparcs.controller.lane.web.ReadsController;
import org.openparcs.controller.operator.infrastructure.ConsoleChangeFeed;
import org.openparcs.controller.shared.application.ChangeNotices.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * One console's view as events, driven by the garage's change notices (no timer): first the whole
 * view (event {@code console}), then, each time a lane or a record changes, the parts of the view
 * that changed: {@code lanes}, {@code reads}, {@code pending}, {@code exceptions}, each the same
 * JSON as in the whole view. A part that a notice left as it was is not sent again.
 */
@Singleton
public class ConsoleStream {

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleStream.class);
  private static final int BUFFERED_NOTICES = 256;

  private final Map<String, Supplier<Object>> parts = new LinkedHashMap<>();
  private final ConsoleChangeFeed feed;
  private final JsonMapper json;

  public ConsoleStream(
      LaneStatusController lanes,
      ReadsController reads,
      LaneOperatorController exceptions,
      ConsoleChangeFeed feed,
      JsonMapper json) {
    parts.put("lanes", lanes::lanes);
    parts.put("reads", () -> reads.recent(null, 12));
    parts.put("pending", () -> reads.pending(null, 50));
    parts.put("exceptions", () -> exceptions.exceptions(30));
    this.feed = feed;
    this.json = json;
  }

  /**
   * The events of one console; the views are looked up on {@code scheduler} (never on the thread
   * that sent the notice: a lane or a committing transaction).
   */
  public Flux<Event<String>> open(Scheduler scheduler) {
    Map<String, String> sent = new LinkedHashMap<>();
    // Subscribed to the notices before the whole view is looked up: nothing falls in between.
    Flux<Set<Topic>> wanted =
        feed.changes()
            .map(topic -> (Set<Topic>) EnumSet.of(topic))
            .startWith(EnumSet.noneOf(Topic.class))
            .onBackpressureBuffer(BUFFERED_NOTICES, BufferOverflowStrategy.DROP_OLDEST);
    return wanted
        .concatMap(
            topics -> Mono.fromCallable(() -> safely(topics, sent)).subscribeOn(scheduler), 1)
        .flatMapIterable(list -> list);
  }

  /** A look-up that failed (the database away) sends nothing; the next notice tries again. */
  private List<Event<String>> safely(Set<Topic> topics, Map<String, String> sent) {
    try {
      return events(topics, sent);
    } catch (RuntimeException e) {
      LOG.warn("Console view not sent: {}", e.toString());
      if (topics.isEmpty()) {
        throw e; // no first view: the page reconnects
      }
      return List.of();
    }
  }

  /** No topics: the whole view. */
  private List<Event<String>> events(Set<Topic> topics, Map<String, String> sent) {
    if (topics.isEmpty()) {
      Map<String, Object> view = new LinkedHashMap<>();
      parts.forEach((name, part) -> view.put(name, part.get()));
      view.forEach((name, part) -> sent.put(name, write(part)));
      return List.of(Event.of(write(view)).name("console"));
    }
    List<Event<String>> events = new ArrayList<>();
    for (String name : names(topics)) {
      String now = write(parts.get(name).get());
      if (!Objects.equals(sent.put(name, now), now)) {
        events.add(Event.of(now).name(name));
      }
    }
    return events;
  }

  private static List<String> names(Set<Topic> topics) {
    List<String> names = new ArrayList<>();
    if (topics.contains(Topic.LANES)) {
      names.add("lanes");
    }
    if (topics.contains(Topic.RECORDS)) {
      names.addAll(List.of("reads", "pending", "exceptions"));
    }
    return names;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
