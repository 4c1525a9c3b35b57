package org.openparcs.controller.occupancy.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Occupancy ({@code parcs.occupancy.*}).
 *
 * @param capacity the garage's spaces; at this many vehicles inside the entry lanes go FULL
 *     (visitors turned away, permit holders still enter); 0: never full
 * @param followMillis how often the entry lanes' full mode is brought in line with occupancy
 */
@ConfigurationProperties("parcs.occupancy")
public record OccupancySettings(
    @Bindable(defaultValue = "0") @Min(0) @Max(100000) int capacity,
    @Bindable(defaultValue = "1000") @Min(100) @Max(60000) int followMillis) {}
