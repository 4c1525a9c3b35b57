package org.openparcs.controller.retention.infrastructure;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
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
        new CircuitBreakerStateMachine(
            "portal-purge-orders",
            CircuitBreakerConfig.custom()
                .slidingWindowSize(settings.breakerWindow())
                .minimumNumberOfCalls(settings.breakerWindow())
                .failureRateThreshold(settings.breakerFailureRate())
                .waitDurationInOpenState(settings.breakerOpenWait())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(e -> e instanceof CallFailed)
                .build(),
            clock);
    this.retry =
        Retry.of(
            "portal-purge-orders",
            RetryConfig.custom()
                .maxAttempts(settings.retryAttempts())
                .intervalFunction(
                    IntervalFunction.ofExponentialBackoff(
                        settings.interval(), 2.0, settings.maxBackoff()))
                .retryOnException(e -> e instanceof CallFailed failed && failed.retryable())
                .build());
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
