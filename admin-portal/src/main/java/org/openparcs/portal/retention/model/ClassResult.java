package org.openparcs.portal.retention.model;

import org.openparcs.policy.model.DataClass;

/**
 * What a purge run did to one data class, also while it runs (progress).
 *
 * @param cutoff where it cut
 * @param planned records past their period and not held when the run started
 * @param done records purged so far
 * @param heldKept records past their period kept because a legal hold names them (POLICY R3)
 */
public record ClassResult(ClassCutoff cutoff, long planned, long done, long heldKept) {

  public DataClass dataClass() {
    return cutoff.dataClass();
  }

  /** Percent done, 100 when there was nothing to do. */
  public int percent() {
    return planned <= 0 ? 100 : (int) Math.min(100, done * 100 / planned);
  }
}
