package org.openparcs.portal.user.infrastructure;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.openparcs.portal.user.application.BootstrapCoordinator;
import org.openparcs.portal.user.model.Username;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the configured first coordinator when the portal starts with no user. */
@Singleton
class CoordinatorBootstrapAtStartup {

  private static final Logger LOG = LoggerFactory.getLogger(CoordinatorBootstrapAtStartup.class);

  private final BootstrapAdminSettings settings;
  private final BootstrapCoordinator bootstrap;

  CoordinatorBootstrapAtStartup(BootstrapAdminSettings settings, BootstrapCoordinator bootstrap) {
    this.settings = settings;
    this.bootstrap = bootstrap;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (settings.username() == null || settings.password() == null) {
      LOG.info("No parcs.portal.bootstrap-admin configured; no coordinator bootstrapped");
      return;
    }
    Username username = new Username(settings.username());
    if (bootstrap.bootstrap(
        username, settings.displayName(), settings.password(), settings.totpSecret())) {
      LOG.info("Created the first coordinator '{}' (the portal had no user)", username);
    }
  }
}
