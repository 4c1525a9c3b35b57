package org.openparcs.policy.model;

import java.util.List;
import java.util.Map;

/**
 * The rules a running deployment enforces: its profile with the deployment's own numbers, checked
 * against the profile's bounds ({@link ProfileCheck}).
 *
 * @param profile the chosen profile
 * @param retentionDays the period of every data class, in days
 * @param trainingRenewalMonths training renewal in force; 0: once, before access
 * @param purposes the purposes offered, all from the profile
 */
public record EffectivePolicy(
    JurisdictionProfile profile,
    Map<DataClass, Integer> retentionDays,
    int trainingRenewalMonths,
    List<PurposeDefinition> purposes) {

  public EffectivePolicy {
    retentionDays = Map.copyOf(retentionDays);
    purposes = List.copyOf(purposes);
  }

  public int days(DataClass dataClass) {
    return retentionDays.get(dataClass);
  }
}
