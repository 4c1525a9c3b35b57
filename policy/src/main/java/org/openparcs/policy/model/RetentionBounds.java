package org.openparcs.policy.model;

import java.util.Optional;

/**
 * How long a profile keeps one class of data: the period used when the deployment sets none, and
 * the bounds a deployment's own period must stay within (POLICY R2).
 *
 * @param defaultDays the profile's period, in days
 * @param minDays the shortest period allowed; null: no lower bound beyond one day
 * @param maxDays the longest period allowed; null: no upper bound
 */
public record RetentionBounds(int defaultDays, Integer minDays, Integer maxDays) {

  public RetentionBounds {
    if (defaultDays < 1
        || (minDays != null && minDays < 1)
        || (maxDays != null && maxDays < 1)
        || (minDays != null && maxDays != null && minDays > maxDays)) {
      throw new IllegalArgumentException("retention bounds are positive days, min <= max");
    }
    if (!allows(defaultDays, minDays, maxDays)) {
      throw new IllegalArgumentException("a profile's default period lies within its bounds");
    }
  }

  public boolean allows(int days) {
    return allows(days, minDays, maxDays);
  }

  private static boolean allows(int days, Integer min, Integer max) {
    return days >= 1 && (min == null || days >= min) && (max == null || days <= max);
  }

  /** The bounds as people read them: "90 days .. 2 years", "30 days", "at least 2 years". */
  public String describe() {
    if (minDays != null && minDays.equals(maxDays)) {
      return Days.text(minDays);
    }
    if (minDays != null && maxDays != null) {
      return Days.text(minDays) + " .. " + Days.text(maxDays);
    }
    if (minDays != null) {
      return "at least " + Days.text(minDays);
    }
    if (maxDays != null) {
      return "at most " + Days.text(maxDays);
    }
    return "for a period the department chooses";
  }

  /** Why {@code days} breaks these bounds, empty when it does not. */
  public Optional<String> problem(int days) {
    return allows(days)
        ? Optional.empty()
        : Optional.of("must be kept " + describe() + ", configured " + Days.text(days));
  }
}
