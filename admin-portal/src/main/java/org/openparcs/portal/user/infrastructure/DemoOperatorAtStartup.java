package org.openparcs.portal.user.infrastructure;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.application.SeedDemoOperator;
import org.openparcs.portal.user.model.Username;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the configured demo operator once the server is up: by then the first coordinator exists
 * (created only while the portal has no user at all) and the garages are registered.
 */
@Singleton
class DemoOperatorAtStartup {

  private static final Logger LOG = LoggerFactory.getLogger(DemoOperatorAtStartup.class);

  private final DemoOperatorSettings settings;
  private final SeedDemoOperator seed;

  DemoOperatorAtStartup(DemoOperatorSettings settings, SeedDemoOperator seed) {
    this.settings = settings;
    this.seed = seed;
  }

  @EventListener
  void onServerStartup(ServerStartupEvent event) {
    DemoOperatorSettings d = settings;
    if (d.username() == null
        || d.password() == null
        || d.totpSecret() == null
        || d.garage() == null) {
      return;
    }
    if (seed.seed(
        new Username(d.username()), d.password(), d.totpSecret(), new GarageId(d.garage()))) {
      LOG.info("Created the demo operator '{}' of garage {}", d.username(), d.garage());
    }
  }
}
