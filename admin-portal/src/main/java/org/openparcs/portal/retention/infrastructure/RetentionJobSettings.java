package org.openparcs.portal.retention.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * The purge job ({@code parcs.portal.retention.*}; periods come from the jurisdiction profile).
 *
 * @param interval how often the scheduled purge runs
 * @param chunk records purged per transaction (progress is recorded after each)
 * @param atStart whether the portal purges once at start, so that data restored from a backup is
 *     purged again before it is searched (POLICY R1: backups too)
 */
@ConfigurationProperties("parcs.portal.retention")
public record RetentionJobSettings(
    @Bindable(defaultValue = "6h") @NotNull Duration interval,
    @Bindable(defaultValue = "5000") @Min(1) @Max(100000) int chunk,
    @Bindable(defaultValue = "true") boolean atStart) {}
