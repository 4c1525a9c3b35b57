package org.openparcs.controller.retention.infrastructure;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import java.time.Clock;
import org.openparcs.controller.reporting.infrastructure.PortalResilience;
import org.openparcs.controller.reporting.infrastructure.PortalSettings;
import org.openparcs.controller.retention.application.PurgeOrderInbox.PortalUnavailable;

/**
 * Calls to the portal's purge-order API with the same Resilience4j design as event delivery (see
 * the reporting link): retries with exponential backoff when the failure may pass (unreachable,
 * 5xx, 408, 429), inside a circuit breaker that stops calling a portal that keeps failing. Its own
 * breaker: a purge poll never holds up event delivery, nor the reverse.
 */
final class ResilientPortalCalls {

  /** A call that failed; {@code retryable} when trying again soon may help. */
  static final class CallFailed extends Exception {
    private final boolean retryable;

    CallFailed(String message, boolean retryable, Throwable cause) {
      super(message, cause);
      this.retryable = retryable;
    }

    boolean retryable() {
      return retryable;
    }
  }

  private final CircuitBreaker breaker;
  private final Retry retry;

  ResilientPortalCalls(PortalSettings settings, Clock clock) {
    this.breaker =
        PortalResilience.breaker(
            "portal-purge-orders", settings, clock, e -> e instanceof CallFailed);
    this.retry =
        PortalResilience.retry(
            "portal-purge-orders",
            settings,
            e -> e instanceof CallFailed failed && failed.retryable());
  }

  <T> T call(String what, CheckedSupplier<T> call) throws PortalUnavailable {
    CheckedSupplier<T> guarded =
        Retry.decorateCheckedSupplier(retry, CircuitBreaker.decorateCheckedSupplier(breaker, call));
    try {
      return guarded.get();
    } catch (CallNotPermittedException e) {
      throw new PortalUnavailable(
          what + ": circuit open, the portal kept failing; waiting before trying", e);
    } catch (CallFailed e) {
      throw new PortalUnavailable(what + ": " + e.getMessage(), e);
    } catch (Throwable e) {
      throw new PortalUnavailable(what + " failed: " + e, e);
    }
  }

  String circuitState() {
    return breaker.getState().name();
  }
}
