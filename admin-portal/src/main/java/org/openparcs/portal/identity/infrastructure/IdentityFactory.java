package org.openparcs.portal.identity.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.identity.RequestVerifier;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.application.AdmitGarage;
import org.openparcs.portal.identity.application.AuthenticateGarage;
import org.openparcs.portal.identity.application.GarageKeys;
import org.openparcs.portal.identity.application.RotateGarageKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires machine identities: garage keys, the signed-request check, order signing. */
@Factory
class IdentityFactory {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityFactory.class);

  @Singleton
  GarageKeys garageKeys(Jdbc jdbc) {
    return new JdbcGarageKeys(jdbc);
  }

  @Singleton
  AuthenticateGarage authenticateGarage(
      GarageKeys keys,
      Jdbc jdbc,
      AdmitGarage tokens,
      UnitOfWork unitOfWork,
      IdentitySettings settings,
      Clock clock) {
    RequestVerifier verifier =
        new RequestVerifier(
            keys, new JdbcNonceLog(jdbc, settings.replayWindow()), settings.replayWindow(), clock);
    return new AuthenticateGarage(verifier, keys, tokens, unitOfWork, settings.bearerTokens());
  }

  @Singleton
  RotateGarageKey rotateGarageKey(GarageKeys keys, UnitOfWork unitOfWork, Clock clock) {
    return new RotateGarageKey(keys, unitOfWork, clock::instant);
  }

  @Singleton
  OrderSigning orderSigning(IdentitySettings settings) {
    OrderSigning signing = new OrderSigning(settings);
    if (!signing.enabled()) {
      LOG.warn(
          "parcs.portal.identity.order-key-file is not set: purge orders go unsigned and"
              + " garages that verify orders will refuse them");
    }
    return signing;
  }
}
