package org.openparcs.controller.reporting.infrastructure;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.identity.infrastructure.GarageSigner;
import org.openparcs.controller.identity.infrastructure.MachineTlsContext;
import org.openparcs.controller.reporting.infrastructure.JdbcOutbox.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to the portal in order, a batch at a time, through {@link
 * ResilientPortalLink} (retries and circuit breaking). A batch is marked delivered only after the
 * portal accepted it; the portal ignores events it already has, so a batch sent twice (crash
 * between accept and mark) still arrives once. The next batch is taken only after the previous one
 * was accepted, so the portal receives each garage's events in order. While the portal is away the
 * relay pauses and the garage keeps working; events wait in the outbox.
 */
@Context
@Requires(property = "parcs.portal.url")
public class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  /** What operators see of the link to the portal. */
  public record LinkStatus(boolean up, String lastError, Instant lastDelivery, String circuit) {}

  private final JdbcOutbox outbox;
  private final PortalSettings settings;
  private final ResilientPortalLink link;
  private final Clock clock;
  private final Thread thread;
  private final AtomicReference<LinkStatus> status =
      new AtomicReference<>(new LinkStatus(false, "not yet contacted", null, "CLOSED"));
  private volatile boolean running = true;

  public OutboxRelay(
      JdbcOutbox outbox,
      PortalSettings settings,
      GarageLayout garage,
      GarageSigner signer,
      MachineTlsContext tls,
      Clock clock) {
    this.outbox = outbox;
    this.settings = settings;
    this.link =
        new ResilientPortalLink(
            new PortalClient(settings, garage.id().value(), signer, tls.context(), clock),
            settings,
            clock);
    this.clock = clock;
    this.thread = new Thread(this::run, "outbox-relay");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  public LinkStatus status() {
    LinkStatus s = status.get();
    return new LinkStatus(s.up(), s.lastError(), s.lastDelivery(), link.circuitState());
  }

  @PreDestroy
  void stop() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(5_000);
  }

  private void run() {
    while (running) {
      try {
        List<Pending> batch = outbox.pending(settings.batchSize());
        if (batch.isEmpty()) {
          sleep(settings.interval());
          continue;
        }
        deliver(batch);
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

  private void deliver(List<Pending> batch) throws InterruptedException {
    long first = batch.get(0).seq();
    long last = batch.get(batch.size() - 1).seq();
    try {
      link.deliver(batch, Math.max(0, outbox.backlog() - batch.size()));
      outbox.delivered(first, last, clock.instant());
      status.set(new LinkStatus(true, null, clock.instant(), link.circuitState()));
    } catch (ResilientPortalLink.NotDelivered e) {
      if (e.attempted()) {
        outbox.failed(first, last, e.getMessage());
      }
      LinkStatus previous =
          status.getAndSet(
              new LinkStatus(
                  false, e.getMessage(), status.get().lastDelivery(), link.circuitState()));
      if (previous.up()
          || previous.lastError() == null
          || !previous.lastError().equals(e.getMessage())) {
        LOG.warn("Portal delivery failed, events wait in the outbox: {}", e.getMessage());
      }
      // The link already retried with backoff; an open circuit refuses until its wait is over.
      sleep(settings.maxBackoff());
    }
  }

  private static void sleep(Duration d) throws InterruptedException {
    Thread.sleep(Math.max(1, d.toMillis()));
  }
}
