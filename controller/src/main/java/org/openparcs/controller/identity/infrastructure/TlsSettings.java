package org.openparcs.controller.identity.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Whom this garage trusts when it calls other machines over TLS ({@code parcs.tls.*}).
 *
 * @param trustStore a PKCS12 file of the CA certificates to trust (the demo's generated CA, or a
 *     city CA); unset: the JDK's default trust store (public CAs)
 * @param trustStorePassword its password (from the environment, {@code
 *     PARCS_TLS_TRUST_STORE_PASSWORD})
 */
@ConfigurationProperties("parcs.tls")
public record TlsSettings(
    @Nullable String trustStore,
    @Nullable String trustStorePassword,
    @Bindable(defaultValue = "PKCS12") String trustStoreType) {

  @Override
  public String toString() {
    return "TlsSettings[trustStore=" + trustStore + ", password=****]";
  }
}
