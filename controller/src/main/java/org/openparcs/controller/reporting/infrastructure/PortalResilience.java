package org.openparcs.controller.reporting.infrastructure;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.util.function.Predicate;

/**
 * The one Resilience4j design of every call from the garage to the portal (event delivery, purge
 * orders): retries with exponential backoff from {@code interval} to {@code max-backoff} when the
 * failure may pass, inside a circuit breaker that stops calling a portal that keeps failing. Each
 * link gets its own breaker, so one kind of call never holds up another.
 */
public final class PortalResilience {

  private PortalResilience() {}

  /** A breaker counting the failures {@code recorded} says are the portal's. */
  public static CircuitBreaker breaker(
      String name, PortalSettings settings, Clock clock, Predicate<Throwable> recorded) {
    return new CircuitBreakerStateMachine(
        name,
        CircuitBreakerConfig.custom()
            .slidingWindowSize(settings.breakerWindow())
            .minimumNumberOfCalls(settings.breakerWindow())
            .failureRateThreshold(settings.breakerFailureRate())
            .waitDurationInOpenState(settings.breakerOpenWait())
            .permittedNumberOfCallsInHalfOpenState(1)
            .recordException(recorded)
            .build(),
        clock);
  }

  /** Retries of the failures {@code retryable} says may pass soon. */
  public static Retry retry(String name, PortalSettings settings, Predicate<Throwable> retryable) {
    return Retry.of(
        name,
        RetryConfig.custom()
            .maxAttempts(settings.retryAttempts())
            .intervalFunction(
                IntervalFunction.ofExponentialBackoff(
                    settings.interval(), 2.0, settings.maxBackoff()))
            .retryOnException(retryable)
            .build());
  }
}
