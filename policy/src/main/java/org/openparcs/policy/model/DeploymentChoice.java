package org.openparcs.policy.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a deployment sets for itself on top of its profile; anything it leaves unset comes from the
 * profile.
 *
 * @param retentionDays its own periods, in days, for some data classes
 * @param trainingRenewalMonths its own renewal period; null: the profile's
 * @param purposeIds the purposes it offers; empty: all of the profile's
 */
public record DeploymentChoice(
    Map<DataClass, Integer> retentionDays, Integer trainingRenewalMonths, List<String> purposeIds) {

  public DeploymentChoice {
    retentionDays = retentionDays.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(retentionDays));
    purposeIds = List.copyOf(purposeIds);
  }

  /** A deployment that takes everything from its profile. */
  public static DeploymentChoice profileDefaults() {
    return new DeploymentChoice(Map.of(), null, List.of());
  }
}
