package org.openparcs.controller.plate.model;

import java.time.Duration;
import java.util.Objects;

/**
 * When several reads of one vehicle make one read.
 *
 * @param acceptConfidence one read at least this confident is the vehicle's read on its own
 * @param voteConfidence a read below this confidence does not count towards an agreement
 * @param agreeingReads this many reads of the same plate (each at least {@code voteConfidence}) are
 *     the vehicle's read
 * @param window how long after its first read a vehicle still unread gives way to an operator
 * @param comparison when two reads are of the same plate
 */
public record ReadAgreement(
    double acceptConfidence,
    double voteConfidence,
    int agreeingReads,
    Duration window,
    PlateComparison comparison) {

  public ReadAgreement {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(comparison, "comparison");
    if (!(voteConfidence > 0 && voteConfidence <= acceptConfidence && acceptConfidence <= 1)) {
      throw new IllegalArgumentException(
          "need 0 < vote confidence <= accept confidence <= 1, were "
              + voteConfidence
              + " and "
              + acceptConfidence);
    }
    if (agreeingReads < 2) {
      throw new IllegalArgumentException("an agreement takes at least two reads");
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("the read window must be a positive duration");
    }
  }
}
