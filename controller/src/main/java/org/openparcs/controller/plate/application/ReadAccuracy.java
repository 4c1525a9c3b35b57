package org.openparcs.controller.plate.application;

import java.time.Instant;

/**
 * How often reads had to be corrected (POLICY K3): over a period, the plates read by cameras and
 * our reader, the decisions taken on them (one per vehicle and plate), the operators' corrections
 * that changed a plate and those that confirmed it.
 */
public record ReadAccuracy(
    Instant from, Instant to, long reads, long decisions, long corrections, long confirmations) {

  /** Corrections per decision on a camera read: 0 when nothing was decided. */
  public double shareCorrected() {
    return decisions == 0 ? 0 : (double) corrections / decisions;
  }
}
