package org.openparcs.controller.protection.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The plate key ring ({@code parcs.protection.*}, POLICY K1), from the environment: {@code
 * PARCS_PROTECTION_DATA_KEYS}, {@code PARCS_PROTECTION_CURRENT_DATA_KEY}, {@code
 * PARCS_PROTECTION_LOOKUP_KEYS}, {@code PARCS_PROTECTION_CURRENT_LOOKUP_KEY}. Never in the
 * repository.
 *
 * @param dataKeys AES-256 keys sealing plates and images, {@code id:BASE64,id:BASE64}
 * @param currentDataKey the id new values are sealed under
 * @param lookupKeys HMAC-SHA256 keys of the lookup hashes, same form
 * @param currentLookupKey the id new hashes are made with
 * @param ephemeralKeys tests only: random keys for this JVM when none are configured (what they
 *     sealed cannot be read by another process)
 * @param rekeyBatch rows per batch of the re-key
 */
@ConfigurationProperties("parcs.protection")
public record ProtectionSettings(
    @Nullable String dataKeys,
    @Nullable String currentDataKey,
    @Nullable String lookupKeys,
    @Nullable String currentLookupKey,
    @Bindable(defaultValue = "false") boolean ephemeralKeys,
    @Bindable(defaultValue = "500") int rekeyBatch) {}
