package org.openparcs.controller.reporting.infrastructure;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.reporting.infrastructure.JdbcOutbox.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to the portal in order, a batch at a time. A batch is marked delivered only
 * after the portal accepted it; the portal ignores events it already has, so a batch sent twice
 * (crash between accept and mark) still arrives once. While the portal is away the relay backs off
 * and the garage keeps working; events wait in the outbox.
 */
@Context
@Requires(property = "parcs.portal.url")
public class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  /** What operators see of the link to the portal. */
  public record LinkStatus(boolean up, String lastError, java.time.Instant lastDelivery) {}

  private final JdbcOutbox outbox;
  private final PortalSettings settings;
  private final PortalClient client;
  private final Clock clock;
  private final Thread thread;
  private final AtomicReference<LinkStatus> status =
      new AtomicReference<>(new LinkStatus(false, "not yet contacted", null));
  private volatile boolean running = true;

  public OutboxRelay(JdbcOutbox outbox, PortalSettings settings, GarageLayout garage, Clock clock) {
    this.outbox = outbox;
    this.settings = settings;
    this.client = new PortalClient(settings, garage.id().value());
    this.clock = clock;
    this.thread = new Thread(this::run, "outbox-relay");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  public LinkStatus status() {
    return status.get();
  }

  @PreDestroy
  void stop() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(5_000);
  }

  private void run() {
    Duration backoff = settings.interval();
    while (running) {
      try {
        List<Pending> batch = outbox.pending(settings.batchSize());
        if (batch.isEmpty()) {
          sleep(settings.interval());
          continue;
        }
        long first = batch.get(0).seq();
        long last = batch.get(batch.size() - 1).seq();
        try {
          client.deliver(batch);
          outbox.delivered(first, last, clock.instant());
          status.set(new LinkStatus(true, null, clock.instant()));
          backoff = settings.interval();
        } catch (PortalClient.DeliveryFailed e) {
          outbox.failed(first, last, e.getMessage());
          LinkStatus previous =
              status.getAndSet(new LinkStatus(false, e.getMessage(), status.get().lastDelivery()));
          if (previous.up()
              || previous.lastError() == null
              || !previous.lastError().equals(e.getMessage())) {
            LOG.warn("Portal delivery failed, events wait in the outbox: {}", e.getMessage());
          }
          sleep(backoff);
          backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.error("Outbox relay error (will retry): {}", e.toString());
        try {
          sleep(settings.maxBackoff());
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void sleep(Duration d) throws InterruptedException {
    Thread.sleep(Math.max(1, d.toMillis()));
  }
}
