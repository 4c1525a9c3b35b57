package org.openparcs.controller.operator.infrastructure;

import io.micronaut.core.propagation.PropagatedContext;
import jakarta.inject.Singleton;
import org.openparcs.controller.shared.application.ChangeNotices;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The garage's change notices as a stream for the open consoles. A notice goes to every console
 * subscribed at that moment; one that has no demand left misses it (each console buffers its own).
 */
@Singleton
public class ConsoleChangeFeed implements ChangeNotices {

  private final Sinks.Many<Topic> sink = Sinks.many().multicast().directBestEffort();

  @Override
  public void changed(Topic topic) {
    // Lanes and transactions notify from many threads; the sink takes one emission at a time.
    // A notice comes from inside a transaction's commit: Micronaut would hand that transaction's
    // (finished) context on to the consoles' work, which must look things up in its own.
    try (PropagatedContext.Scope clean = PropagatedContext.empty().propagate()) {
      synchronized (sink) {
        sink.tryEmitNext(topic);
      }
    }
  }

  /** The notices from now on. */
  public Flux<Topic> changes() {
    return sink.asFlux();
  }
}
