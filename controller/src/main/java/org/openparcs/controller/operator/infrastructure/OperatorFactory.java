package org.openparcs.controller.operator.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.identity.infrastructure.GarageSigner;
import org.openparcs.controller.identity.infrastructure.MachineTlsContext;
import org.openparcs.controller.identity.infrastructure.PortalOrderVerifier;
import org.openparcs.controller.operator.application.LogOnOperator;
import org.openparcs.controller.operator.application.OperatorSessions;
import org.openparcs.controller.operator.application.PortalOperatorLogons;
import org.openparcs.controller.operator.application.RecordPlateDataAccess;
import org.openparcs.controller.operator.model.ViewPurposes;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.infrastructure.PortalSettings;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import org.openparcs.policy.catalog.ProfileCatalog;
import org.openparcs.protection.PlateCipher;

/** Wires the operator console's log-on: sessions here, identities from the portal. */
@Factory
class OperatorFactory {

  @Singleton
  OperatorSessions operatorSessions(Clock clock, PooledDatabase db) {
    return new OperatorSessions(clock, new JdbcStoredSessions(db.raw()));
  }

  /** The garage refuses to start under a profile or purpose it does not know (POLICY U1). */
  @Singleton
  ViewPurposes viewPurposes(PolicySettings settings) {
    var profile =
        ProfileCatalog.standard()
            .find(settings.profile())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "parcs.policy.profile: no jurisdiction profile "
                            + settings.profile()
                            + " (one of "
                            + ProfileCatalog.IDS
                            + ")"));
    return new ViewPurposes(
        profile, settings.purposes().stream().filter(id -> !id.isBlank()).toList());
  }

  @Singleton
  RecordPlateDataAccess recordPlateDataAccess(
      JdbcTransactions tx, Outbox outbox, GarageLayout garage, PlateCipher cipher) {
    return new RecordPlateDataAccess(
        new JdbcPlateDataAccesses(tx, garage.id().value(), cipher), outbox, tx);
  }

  @Singleton
  PortalOperatorLogons portalOperatorLogons(
      PortalSettings settings,
      GarageLayout garage,
      GarageSigner signer,
      PortalOrderVerifier verifier,
      MachineTlsContext tls,
      JsonMapper json,
      Clock clock) {
    if (!settings.enabled()) {
      return (credentials, ip) ->
          new PortalOperatorLogons.Answer.Unavailable(
              "this garage has no portal configured (parcs.portal.url)");
    }
    return new PortalOperatorLogonClient(
        settings, garage.id().value(), signer, verifier, tls.context(), json, clock);
  }

  @Singleton
  LogOnOperator logOnOperator(
      PortalOperatorLogons portal, OperatorSessions sessions, ViewPurposes purposes) {
    return new LogOnOperator(portal, sessions, purposes);
  }
}
