package org.openparcs.controller.reporting.infrastructure;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.functions.CheckedRunnable;
import io.github.resilience4j.retry.Retry;
import java.time.Clock;
import java.util.List;
import org.openparcs.controller.reporting.infrastructure.JdbcOutbox.Pending;
import org.openparcs.controller.reporting.infrastructure.PortalDelivery.DeliveryFailed;

/**
 * The link to the portal with Resilience4j: each delivery is retried with exponential backoff when
 * the failure may pass (unreachable, 5xx), inside a circuit breaker that stops calling a portal
 * that keeps failing and tries again after a wait. The only class that knows Resilience4j. The
 * relay calls it with one batch at a time, the oldest first, so retries never reorder events; the
 * portal stores each event once, so a retried batch never duplicates one.
 */
final class ResilientPortalLink {

  /** The link's answer when it did not deliver. */
  static final class NotDelivered extends Exception {
    private final boolean attempted;

    NotDelivered(String message, boolean attempted, Throwable cause) {
      super(message, cause);
      this.attempted = attempted;
    }

    /** False when the open circuit refused the call: the portal was not contacted. */
    boolean attempted() {
      return attempted;
    }
  }

  private final PortalDelivery delivery;
  private final CircuitBreaker breaker;
  private final Retry retry;

  ResilientPortalLink(PortalDelivery delivery, PortalSettings settings, Clock clock) {
    this.delivery = delivery;
    this.breaker =
        PortalResilience.breaker("portal", settings, clock, e -> e instanceof DeliveryFailed);
    this.retry =
        PortalResilience.retry(
            "portal", settings, e -> e instanceof DeliveryFailed failed && failed.retryable());
  }

  /** Delivers the batch, or throws after the retries (or at once while the circuit is open). */
  void deliver(List<Pending> batch, long backlog) throws NotDelivered {
    CheckedRunnable call =
        Retry.decorateCheckedRunnable(
            retry,
            CircuitBreaker.decorateCheckedRunnable(
                breaker, () -> delivery.deliver(batch, backlog)));
    try {
      call.run();
    } catch (CallNotPermittedException e) {
      throw new NotDelivered(
          "circuit open: the portal kept failing, waiting before trying", false, e);
    } catch (DeliveryFailed e) {
      throw new NotDelivered(e.getMessage(), true, e);
    } catch (Throwable e) {
      throw new NotDelivered("delivery failed: " + e, true, e);
    }
  }

  /** CLOSED (delivering), OPEN (not calling the portal for a while) or HALF_OPEN (probing). */
  String circuitState() {
    return breaker.getState().name();
  }
}
