package org.openparcs.controller.retention.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * The garage's side of retention ({@code parcs.retention.*}); the periods come from the portal's
 * purge orders, which follow the jurisdiction profile.
 *
 * @param pollInterval how often the garage asks the portal for purge orders
 * @param chunk rows updated or deleted per transaction where rows go one by one (short transactions
 *     keep the lanes' writes flowing)
 * @param daysAhead day partitions kept ready ahead of today for plate reads
 */
@ConfigurationProperties("parcs.retention")
public record RetentionSettings(
    @Bindable(defaultValue = "5m") @NotNull Duration pollInterval,
    @Bindable(defaultValue = "5000") @Min(1) @Max(100000) int chunk,
    @Bindable(defaultValue = "7") @Min(1) @Max(60) int daysAhead) {}
