package org.openparcs.controller.lane.gate.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.openparcs.bridge.io.DeviceGuard;

/**
 * How lanes guard themselves against misbehaving I/O modules ({@code parcs.io-guard.*}).
 *
 * @param readRetries extra attempts of a failed read, 0..3 (writes are never retried)
 * @param failuresToOpen failed transactions in a row that stop contact with the module for a while
 * @param firstWait first pause before the module is tried again
 * @param maxWait longest pause; a module that returns is noticed within this plus a poll
 */
@ConfigurationProperties("parcs.io-guard")
public record DeviceGuardSettings(
    @Bindable(defaultValue = "1") @Min(0) @Max(3) int readRetries,
    @Bindable(defaultValue = "3") @Min(1) @Max(20) int failuresToOpen,
    @Bindable(defaultValue = "250ms") @NotNull Duration firstWait,
    @Bindable(defaultValue = "1s") @NotNull Duration maxWait) {

  public DeviceGuard guard() {
    return new DeviceGuard(readRetries, failuresToOpen, firstWait, maxWait);
  }
}
