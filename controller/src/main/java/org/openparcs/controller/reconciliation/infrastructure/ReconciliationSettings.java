package org.openparcs.controller.reconciliation.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Set;
import org.openparcs.controller.reconciliation.model.Thresholds;

/**
 * Reconciliation thresholds and schedule ({@code parcs.reconciliation.*}); see {@link Thresholds}
 * for what each limit means. Defaults are {@link Thresholds#standard()}.
 *
 * @param parallelism rule groups run side by side, each on its own connection
 * @param nightly whether the previous garage-local day is reconciled every night
 * @param nightlyCron when (cron, server time), default 03:30 every day
 */
@ConfigurationProperties("parcs.reconciliation")
public record ReconciliationSettings(
    @Bindable(defaultValue = "60s") @NotNull Duration vendWindow,
    @Bindable(defaultValue = "VEND,OPERATOR_VEND,HOLD_OPEN") @NotEmpty
        Set<String> authorizedOpenTypes,
    @Bindable(defaultValue = "72h") @NotNull Duration stayLimit,
    @Bindable(defaultValue = "1") @Min(1) @Max(1000) int permitCapacity,
    @Bindable(defaultValue = "500") @Min(1) @Max(10000) int lostTicketRatioBasisPoints,
    @Bindable(defaultValue = "20") @Min(1) int lostTicketMinExits,
    @Bindable(defaultValue = "7d") @NotNull Duration lostTicketLookback,
    @Bindable(defaultValue = "3") @Min(2) @Max(100) int merchantNormFactor,
    @Bindable(defaultValue = "10") @Min(1) int merchantMinPerDay,
    @Bindable(defaultValue = "28") @Min(7) @Max(366) int merchantLookbackDays,
    @Bindable(defaultValue = "1000") @Min(1) @Max(10000) int cashierVoidRatioBasisPoints,
    @Bindable(defaultValue = "20") @Min(1) int cashierMinPayments,
    @Bindable(defaultValue = "15m") @NotNull Duration exitGrace,
    @Bindable(defaultValue = "2m") @NotNull Duration twoPlacesWindow,
    @Bindable(defaultValue = "2") @Min(1) @Max(8) int parallelism,
    @Bindable(defaultValue = "true") boolean nightly,
    @Bindable(defaultValue = "0 30 3 * * *") @NotNull String nightlyCron) {

  public Thresholds thresholds() {
    return new Thresholds(
        vendWindow,
        authorizedOpenTypes,
        stayLimit,
        permitCapacity,
        lostTicketRatioBasisPoints,
        lostTicketMinExits,
        lostTicketLookback,
        merchantNormFactor,
        merchantMinPerDay,
        merchantLookbackDays,
        cashierVoidRatioBasisPoints,
        cashierMinPayments,
        exitGrace,
        twoPlacesWindow);
  }
}
