package org.openparcs.controller.retention.model;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an order cuts one data class: its records older than {@code purgeBefore} go (POLICY R1).
 *
 * @param dataClass the class's key ({@code plate-reads}, {@code session-plates}, ...)
 * @param retentionDays the retention period in force at the portal
 * @param purgeBefore records of the class older than this instant are purged
 */
public record ClassCutoff(String dataClass, int retentionDays, Instant purgeBefore) {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z-]{0,39}");

  public ClassCutoff {
    if (dataClass == null || !KEY.matcher(dataClass).matches()) {
      throw new IllegalArgumentException("not a data class: " + dataClass);
    }
    if (retentionDays < 0) {
      throw new IllegalArgumentException("a retention period is not negative");
    }
    Objects.requireNonNull(purgeBefore, "purgeBefore");
  }
}
