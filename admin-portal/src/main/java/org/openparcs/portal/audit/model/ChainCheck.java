package org.openparcs.portal.audit.model;

import org.openparcs.portal.common.model.Sha256;

/** The outcome of checking the audit chain. */
public sealed interface ChainCheck {

  /** Every link holds; {@code head} is the hash of the last record. */
  record Intact(int records, Sha256 head) implements ChainCheck {}

  /** The chain breaks at record {@code recordId} (0: at its end or before its first record). */
  record Broken(long recordId, String reason) implements ChainCheck {}
}
