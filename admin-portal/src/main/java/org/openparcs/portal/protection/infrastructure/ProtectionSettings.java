package org.openparcs.portal.protection.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The keys that seal plates at rest (POLICY K1), {@code parcs.protection.*}, from the environment
 * ({@code PARCS_PROTECTION_DATA_KEYS} ...), never from the repository.
 *
 * @param dataKeys AES-256 data keys, {@code id:BASE64,id:BASE64}
 * @param currentDataKey the id new values are sealed under
 * @param lookupKeys HMAC-SHA256 lookup keys, same form
 * @param currentLookupKey the id new lookup hashes are made with
 * @param rekeyBatch rows per re-key batch
 * @param rekeyAtStart whether the re-key (and the converter of clear rows) runs in the background
 *     at start-up
 */
@ConfigurationProperties("parcs.protection")
public record ProtectionSettings(
    @Nullable String dataKeys,
    @Nullable String currentDataKey,
    @Nullable String lookupKeys,
    @Nullable String currentLookupKey,
    @Bindable(defaultValue = "500") @Min(1) @Max(100000) int rekeyBatch,
    @Bindable(defaultValue = "true") boolean rekeyAtStart) {}
