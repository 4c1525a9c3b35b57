package org.openparcs.controller.payment.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/**
 * How the garage takes payments ({@code parcs.payments.*}).
 *
 * @param maxAmount largest single transaction, in minor units of the garage's currency
 * @param maxAge oldest transaction a terminal may still forward
 * @param maxClockSkew how far in the future a terminal's clock may be
 * @param webhookSecret shared secret of the online provider's HMAC-SHA256 signatures, at least 16
 *     characters (from the environment: {@code PARCS_PAYMENTS_WEBHOOK_SECRET}); unset: online
 *     payments are refused
 * @param webhookTolerance how far a webhook's timestamp may be from now; older ones are replays
 */
@ConfigurationProperties("parcs.payments")
public record PaymentSettings(
    @Bindable(defaultValue = "100000") @Min(1) @Max(100_000_000) long maxAmount,
    @Bindable(defaultValue = "7d") @NotNull Duration maxAge,
    @Bindable(defaultValue = "5m") @NotNull Duration maxClockSkew,
    @Nullable @Size(min = 16) String webhookSecret,
    @Bindable(defaultValue = "5m") @NotNull Duration webhookTolerance) {}
