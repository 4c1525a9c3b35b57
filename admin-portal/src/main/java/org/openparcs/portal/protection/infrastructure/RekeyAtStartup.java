package org.openparcs.portal.protection.infrastructure;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.openparcs.portal.common.application.Background;

/**
 * Checks the key ring when the portal starts (a missing or malformed key stops it, naming the
 * setting) and runs the re-key in the background, so the portal serves while old rows are
 * re-sealed.
 */
@Singleton
class RekeyAtStartup {

  private final PortalRekey rekey;
  private final ProtectionSettings settings;
  private final Background background;

  RekeyAtStartup(PortalRekey rekey, ProtectionSettings settings, Background background) {
    this.rekey = rekey;
    this.settings = settings;
    this.background = background;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (settings.rekeyAtStart()) {
      background.submit(rekey::run);
    }
  }
}
