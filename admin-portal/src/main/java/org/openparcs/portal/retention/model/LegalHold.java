package org.openparcs.portal.retention.model;

import java.time.Instant;

/**
 * A legal hold (POLICY R3): the data it names is exempt from purges while it is active, and purged
 * by the next run after its release.
 *
 * @param id the hold's number
 * @param kind what it holds
 * @param target the read id, session id or plate
 * @param caseNumber the evidence matter, citation or dispute
 * @param reason why the data is held
 * @param placedBy who placed it
 * @param placedAt when
 * @param releasedBy who released it; null while active
 * @param releasedAt when; null while active
 * @param releaseReason why (the case closed); null while active
 */
public record LegalHold(
    long id,
    HoldTarget kind,
    String target,
    String caseNumber,
    String reason,
    String placedBy,
    Instant placedAt,
    String releasedBy,
    Instant releasedAt,
    String releaseReason) {

  public boolean active() {
    return releasedAt == null;
  }
}
