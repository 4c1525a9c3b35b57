package org.openparcs.controller.tariff.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every published version of a garage's tariff. A stay is charged by the version in effect when it
 * entered, for the whole stay, even when a new version takes effect while the vehicle is inside:
 * the driver is charged the prices posted when they drove in.
 */
public record TariffSchedule(List<TariffVersion> versions) {

  public TariffSchedule {
    versions =
        versions.stream().sorted(Comparator.comparing(TariffVersion::effectiveFrom)).toList();
  }

  /** The version in effect at {@code time}: the latest that took effect at or before it. */
  public Optional<TariffVersion> inEffectAt(Instant time) {
    TariffVersion found = null;
    for (TariffVersion v : versions) {
      if (v.effectiveFrom().isAfter(time)) {
        break;
      }
      found = v;
    }
    return Optional.ofNullable(found);
  }

  public Optional<TariffVersion> named(String version) {
    return versions.stream().filter(v -> v.version().equals(version)).findFirst();
  }

  /** The version a stay that entered at {@code entry} is charged by. */
  public Optional<TariffVersion> forStay(String pinnedVersion, Instant entry) {
    return pinnedVersion == null ? inEffectAt(entry) : named(pinnedVersion);
  }
}
