package org.openparcs.controller.tariff.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A tariff as published: its version name and the instant from which it applies. Versions are never
 * edited; a price change is a new version.
 */
public record TariffVersion(String version, Instant effectiveFrom, Tariff tariff) {
  public TariffVersion {
    if (version == null || !version.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException(
          "a tariff version is 1-64 letters, digits, '.', '_' or '-'");
    }
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(tariff, "tariff");
  }
}
