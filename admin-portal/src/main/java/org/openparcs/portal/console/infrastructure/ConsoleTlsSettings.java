package org.openparcs.portal.console.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Whom the portal trusts when it calls a garage's console over TLS ({@code parcs.portal.tls.*}).
 *
 * @param trustStore a PKCS12 file of the CA certificates to trust (the demo's CA, or the city's);
 *     unset: the JDK's default trust store
 * @param trustStorePassword its password (from the environment, {@code
 *     PARCS_PORTAL_TLS_TRUST_STORE_PASSWORD})
 */
@ConfigurationProperties("parcs.portal.tls")
public record ConsoleTlsSettings(
    @Nullable String trustStore,
    @Nullable String trustStorePassword,
    @Bindable(defaultValue = "PKCS12") String trustStoreType) {

  @Override
  public String toString() {
    return "ConsoleTlsSettings[trustStore=" + trustStore + ", password=****]";
  }
}
