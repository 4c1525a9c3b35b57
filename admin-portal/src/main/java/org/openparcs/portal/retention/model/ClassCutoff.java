package org.openparcs.portal.retention.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openparcs.policy.model.DataClass;
import org.openparcs.policy.model.EffectivePolicy;

/**
 * Where a purge cuts one data class: records older than {@code cutoff} are past their retention
 * period (POLICY R1).
 *
 * @param dataClass the class
 * @param days its retention period in force
 * @param cutoff now minus that period
 */
public record ClassCutoff(DataClass dataClass, int days, Instant cutoff) {

  /** The cut-off of every ALPR data class at {@code now}; audit records are never purged (T2). */
  public static List<ClassCutoff> plan(EffectivePolicy policy, Instant now) {
    return java.util.Arrays.stream(DataClass.values())
        .filter(DataClass::alprData)
        .map(c -> new ClassCutoff(c, policy.days(c), now.minus(Duration.ofDays(policy.days(c)))))
        .toList();
  }
}
