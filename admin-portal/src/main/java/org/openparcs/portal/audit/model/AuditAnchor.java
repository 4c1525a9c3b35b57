package org.openparcs.portal.audit.model;

import java.time.Instant;
import org.openparcs.portal.common.model.Sha256;

/**
 * The chain's head as it was at a moment: record {@code recordId} had hash {@code recordHash} and
 * the trail held {@code records} records up to it.
 */
public record AuditAnchor(Instant anchoredAt, long recordId, Sha256 recordHash, long records) {

  public AuditAnchor {
    if (anchoredAt == null || recordHash == null || recordId < 1 || records < 1) {
      throw new IllegalArgumentException("an anchor names a stored record and its hash");
    }
  }
}
