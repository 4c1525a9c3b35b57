package org.openparcs.portal.audit.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One thing that happened in the portal, before it is linked into the audit chain. An access to
 * ALPR data carries what POLICY T1 asks: who (username and department or agency), from where (IP),
 * what (the plate or terms), why (the purpose; for law enforcement the case number and crime type).
 *
 * @param occurredAt when it happened (kept to the microsecond, as stored)
 * @param username who did it, or tried to; null when nobody is known
 * @param department the user's department or outside agency (POLICY T4); null when unknown
 * @param ip the client's address as the portal saw it; null when unknown
 * @param action what happened, such as {@link AuditAction#LOGIN_SUCCEEDED}
 * @param access the ALPR access details; {@link AlprAccess#NONE} for other actions
 * @param detail free text that explains the action; null when there is nothing to add
 */
public record AuditEntry(
    Instant occurredAt,
    String username,
    String department,
    String ip,
    AuditAction action,
    AlprAccess access,
    String detail) {

  public AuditEntry {
    if (occurredAt == null || action == null || access == null) {
      throw new IllegalArgumentException("an audit entry needs a time and an action");
    }
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** An entry that is not an access to ALPR data. */
  public static AuditEntry of(
      Instant at, String username, String ip, AuditAction action, String detail) {
    return new AuditEntry(at, username, null, ip, action, AlprAccess.NONE, detail);
  }
}
