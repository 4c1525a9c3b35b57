package org.openparcs.portal.identity.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Machine identities at the portal ({@code parcs.portal.identity.*}).
 *
 * @param replayWindow how far a signed request's timestamp may be from the portal's clock; its
 *     nonce is remembered twice as long
 * @param bearerTokens whether a garage not enrolled with a key may still report with its bearer
 *     token (a garage with an active key must always sign)
 * @param orderKeyFile the portal's Ed25519 key file ({@code key-id:} line and PKCS#8 PEM, from
 *     {@code GenerateKey}) that signs purge and configuration orders; unset: orders go unsigned and
 *     garages refuse them
 */
@ConfigurationProperties("parcs.portal.identity")
public record IdentitySettings(
    @Bindable(defaultValue = "5m") @NotNull Duration replayWindow,
    @Bindable(defaultValue = "true") boolean bearerTokens,
    @Nullable String orderKeyFile) {}
