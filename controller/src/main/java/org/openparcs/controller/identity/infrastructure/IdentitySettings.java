package org.openparcs.controller.identity.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * This garage's machine identity ({@code parcs.identity.*}).
 *
 * @param keyFile the garage's Ed25519 key file ({@code key-id:} line and PKCS#8 PEM, written by
 *     {@code GenerateKey} at enrolment, readable by the service only); read again when it changes,
 *     so a rotated key takes effect without a restart. Unset: requests to the portal carry the
 *     bearer token {@code parcs.portal.token} instead (before enrolment)
 * @param portalKeys the portal's public keys this garage trusts for orders, each {@code
 *     KEY-ID=BASE64}; two while the portal rotates its order key
 */
@ConfigurationProperties("parcs.identity")
public record IdentitySettings(@Nullable String keyFile, @Nullable List<String> portalKeys) {}
