package org.openparcs.portal.retention.application;

import org.openparcs.portal.retention.model.ClassCutoff;

/**
 * The portal's copies of ALPR data, seen by data class: received plate reads, the plate fields of
 * other received events, hot-list hits and the records released to agencies (exports).
 */
public interface ExpiredData {

  /**
   * Records of the class older than its cut-off: those a purge may remove, or ({@code held}) those
   * an active legal hold keeps.
   */
  long count(ClassCutoff cutoff, boolean held);

  /**
   * Purges at most {@code limit} records of the class older than its cut-off that no active hold
   * names, and returns how many. Reads are deleted; other events lose their plate fields and keep
   * the rest (money outlives plates).
   */
  int purgeChunk(ClassCutoff cutoff, int limit);
}
