package org.openparcs.controller.identity.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the garage's machine identity: its request signer and the TLS context of its calls. */
@Factory
class IdentityFactory {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityFactory.class);

  @Singleton
  GarageSigner garageSigner(IdentitySettings settings) {
    GarageSigner signer = new GarageSigner(settings);
    if (!signer.enabled()) {
      LOG.warn(
          "parcs.identity.key-file is not set: requests to the portal carry the bearer token"
              + " only; enrol a key (README, Machine identities)");
    }
    return signer;
  }

  @Singleton
  MachineTlsContext machineTls(TlsSettings settings) {
    return new MachineTlsContext(MachineTls.context(settings));
  }
}
