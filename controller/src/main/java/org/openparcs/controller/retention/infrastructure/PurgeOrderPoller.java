package org.openparcs.controller.retention.infrastructure;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;
import org.openparcs.controller.retention.application.CarryOutPurgeOrders;
import org.openparcs.controller.retention.application.CarryOutPurgeOrders.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the portal for purge orders every {@code parcs.retention.poll-interval} and carries them
 * out; while the portal is away the poll logs once and the garage goes on as before.
 */
@Singleton
@Requires(property = "parcs.portal.url")
public class PurgeOrderPoller {

  private static final Logger LOG = LoggerFactory.getLogger(PurgeOrderPoller.class);

  private final CarryOutPurgeOrders carryOut;
  private final AtomicReference<Outcome> last = new AtomicReference<>();

  public PurgeOrderPoller(CarryOutPurgeOrders carryOut) {
    this.carryOut = carryOut;
  }

  @Scheduled(
      fixedDelay = "${parcs.retention.poll-interval:5m}",
      initialDelay = "${parcs.retention.first-poll:30s}")
  void scheduled() {
    poll();
  }

  /** Polls now (also from the API); one poll runs at a time. */
  public Outcome poll() {
    try {
      Outcome outcome = carryOut.poll();
      Outcome previous = last.getAndSet(outcome);
      if (outcome.portalProblem() != null) {
        if (previous == null || previous.portalProblem() == null) {
          LOG.warn("Purge orders wait: {}", outcome.portalProblem());
        }
      } else if (outcome.pending() > 0) {
        LOG.info(
            "Purge orders: {} pending, {} purged, {} confirmed, {} refused",
            outcome.pending(),
            outcome.purged(),
            outcome.confirmed(),
            outcome.refused());
      }
      return outcome;
    } catch (RuntimeException e) {
      LOG.error("Purge poll failed (will retry at the next poll): {}", e.toString());
      Outcome failed = new Outcome(0, 0, 0, 0, "purge failed at the garage: " + e.getMessage());
      last.set(failed);
      return failed;
    }
  }

  /** The last poll's outcome; null before the first. */
  public Outcome last() {
    return last.get();
  }
}
