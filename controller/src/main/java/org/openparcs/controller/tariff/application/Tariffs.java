package org.openparcs.controller.tariff.application;

import java.util.Optional;
import org.openparcs.controller.tariff.model.TariffSchedule;
import org.openparcs.controller.tariff.model.TariffVersion;

/** The garage's published tariff versions. */
public interface Tariffs {

  /** Every version, oldest first. */
  TariffSchedule schedule();

  /** Stores a new version; refuses a version name or effective instant already used. */
  void publish(TariffVersion version);

  Optional<TariffVersion> named(String version);
}
