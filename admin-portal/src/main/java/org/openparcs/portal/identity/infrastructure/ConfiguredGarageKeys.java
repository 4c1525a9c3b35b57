package org.openparcs.portal.identity.infrastructure;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.openparcs.identity.MachineKeys;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.infrastructure.GarageSettings;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.identity.application.GarageKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrolment by configuration: at start, after the garages are registered, enrols each garage's
 * {@code public-keys} and revokes its {@code revoked-keys}. A key id already enrolled for another
 * key stops the start (it would be a silent swap of a garage's identity).
 */
@Singleton
@Order(100)
class ConfiguredGarageKeys {

  private static final Logger LOG = LoggerFactory.getLogger(ConfiguredGarageKeys.class);

  private final List<GarageSettings> garages;
  private final GarageKeys keys;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  ConfiguredGarageKeys(
      List<GarageSettings> garages, GarageKeys keys, UnitOfWork unitOfWork, Clock clock) {
    this.garages = garages;
    this.keys = keys;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    int enrolled = 0;
    for (GarageSettings g : garages) {
      GarageId garage = new GarageId(g.id());
      for (String entry : g.publicKeys() == null ? List.<String>of() : g.publicKeys()) {
        int eq = entry.indexOf('=');
        if (eq <= 0) {
          throw new IllegalStateException(
              "parcs.portal.garages " + g.id() + ": a public key is KEY-ID=BASE64");
        }
        String keyId = entry.substring(0, eq).strip();
        String publicKey = entry.substring(eq + 1).strip();
        MachineKeys.publicKey(publicKey);
        boolean ok =
            unitOfWork.inTransaction(
                () -> keys.enrol(garage, keyId, publicKey, "configuration", clock.instant()));
        if (!ok) {
          throw new IllegalStateException(
              "garage " + g.id() + ": key id " + keyId + " is already enrolled for another key");
        }
        enrolled++;
      }
      for (String keyId : g.revokedKeys() == null ? List.<String>of() : g.revokedKeys()) {
        unitOfWork.inTransaction(
            () -> keys.revoke(garage, keyId.strip(), "configuration", clock.instant()));
      }
    }
    LOG.info("Garage keys from configuration: {} enrolled or confirmed", enrolled);
  }
}
