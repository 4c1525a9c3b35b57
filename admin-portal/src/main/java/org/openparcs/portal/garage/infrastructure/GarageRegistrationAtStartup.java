package org.openparcs.portal.garage.infrastructure;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.openparcs.portal.garage.application.RegisterGarages;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.garage.model.GarageRegistration;
import org.openparcs.portal.garage.model.GarageToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers the configured garages when the portal starts, before it serves requests. */
@Singleton
class GarageRegistrationAtStartup {

  private static final Logger LOG = LoggerFactory.getLogger(GarageRegistrationAtStartup.class);

  private final List<GarageSettings> settings;
  private final RegisterGarages registerGarages;

  GarageRegistrationAtStartup(List<GarageSettings> settings, RegisterGarages registerGarages) {
    this.settings = settings;
    this.registerGarages = registerGarages;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    List<GarageRegistration> registrations =
        settings.stream()
            .map(
                s ->
                    new GarageRegistration(
                        new GarageId(s.id()), s.name(), new GarageToken(s.token()).digest()))
            .toList();
    int count = registerGarages.register(registrations);
    LOG.info("Registered {} garage(s) from parcs.portal.garages", count);
  }
}
