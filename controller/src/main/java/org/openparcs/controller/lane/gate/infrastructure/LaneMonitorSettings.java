package org.openparcs.controller.lane.gate.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How often the lanes' inputs are read ({@code parcs.lane-monitor.*}).
 *
 * @param pollInterval time between two reads of a lane's inputs (50 ms = 20 Hz)
 */
@ConfigurationProperties("parcs.lane-monitor")
public record LaneMonitorSettings(
    @Bindable(defaultValue = "50ms") @NotNull Duration pollInterval) {}
