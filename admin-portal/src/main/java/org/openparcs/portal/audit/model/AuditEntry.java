package org.openparcs.portal.audit.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One thing that happened in the portal, before it is linked into the audit chain.
 *
 * @param occurredAt when it happened (kept to the microsecond, as stored)
 * @param username who did it, or tried to; null when nobody is known
 * @param ip the client's address as the portal saw it; null when unknown
 * @param action what happened, such as {@link AuditAction#LOGIN_SUCCEEDED}
 * @param detail free text that explains the action; null when there is nothing to add
 */
public record AuditEntry(
    Instant occurredAt, String username, String ip, AuditAction action, String detail) {

  public AuditEntry {
    if (occurredAt == null || action == null) {
      throw new IllegalArgumentException("an audit entry needs a time and an action");
    }
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
  }
}
