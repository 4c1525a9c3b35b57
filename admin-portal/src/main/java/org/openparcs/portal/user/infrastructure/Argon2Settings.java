package org.openparcs.portal.user.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Cost of new Argon2id password hashes ({@code parcs.portal.passwords.argon2.*}). The defaults are
 * OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane). Stored hashes carry their own
 * parameters, so changing these affects only hashes made afterwards.
 *
 * @param memoryKib memory per hash in KiB
 * @param iterations passes over the memory
 * @param parallelism lanes
 */
@ConfigurationProperties("parcs.portal.passwords.argon2")
public record Argon2Settings(
    @Bindable(defaultValue = "19456") @Min(1024) @Max(1048576) int memoryKib,
    @Bindable(defaultValue = "2") @Min(1) @Max(10) int iterations,
    @Bindable(defaultValue = "1") @Min(1) @Max(16) int parallelism) {}
