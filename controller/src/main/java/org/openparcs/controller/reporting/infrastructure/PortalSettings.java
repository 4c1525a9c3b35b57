package org.openparcs.controller.reporting.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How the garage reports to the central portal ({@code parcs.portal.*}).
 *
 * @param url base URL of the portal, e.g. {@code https://portal.example.org}; empty: no reporting
 *     (events wait in the outbox)
 * @param token this garage's reporting token issued by the portal (from the environment)
 * @param batchSize events per delivery, 1..500
 * @param interval pause when the outbox is empty
 * @param maxBackoff longest pause between attempts while the portal is away
 * @param requestTimeout longest wait for the portal to answer one delivery
 * @param retryAttempts attempts per delivery (Resilience4j retry, exponential backoff from {@code
 *     interval} to {@code maxBackoff}) before the relay pauses
 * @param breakerWindow deliveries the circuit breaker judges the failure rate over
 * @param breakerFailureRate failure percentage over the window that opens the circuit
 * @param breakerOpenWait how long an open circuit refuses calls before probing the portal again
 */
@ConfigurationProperties("parcs.portal")
public record PortalSettings(
    @Nullable String url,
    @Nullable String token,
    @Bindable(defaultValue = "200") @Min(1) @Max(500) int batchSize,
    @Bindable(defaultValue = "200ms") @NotNull Duration interval,
    @Bindable(defaultValue = "10s") @NotNull Duration maxBackoff,
    @Bindable(defaultValue = "10s") @NotNull Duration requestTimeout,
    @Bindable(defaultValue = "3") @Min(1) @Max(20) int retryAttempts,
    @Bindable(defaultValue = "6") @Min(2) @Max(100) int breakerWindow,
    @Bindable(defaultValue = "50") @Min(1) @Max(100) int breakerFailureRate,
    @Bindable(defaultValue = "10s") @NotNull Duration breakerOpenWait) {

  public boolean enabled() {
    return url != null && !url.isBlank();
  }
}
