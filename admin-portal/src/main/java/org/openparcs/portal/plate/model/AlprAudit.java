package org.openparcs.portal.plate.model;

import java.time.Instant;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.audit.model.AlprAccess;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;

/**
 * The audit entry of an access to ALPR data (POLICY T1): time, username, department or agency (T4),
 * IP, the terms as typed, the purpose, and the case number and crime type.
 */
public final class AlprAudit {

  private AlprAudit() {}

  public static AuditEntry entry(
      Instant at, Actor actor, PlateQuery q, AuditAction action, String detail) {
    return entry(at, actor, q, action, terms(q), detail);
  }

  public static AuditEntry entry(
      Instant at, Actor actor, PlateQuery q, AuditAction action, String terms, String detail) {
    AlprAccess access =
        new AlprAccess(
            cut(blankToNull(q.purpose()), 64),
            cut(terms, 500),
            cut(blankToNull(q.caseNumber()), 64),
            cut(blankToNull(q.crimeType()), 100));
    return new AuditEntry(
        at, actor.username(), actor.department(), actor.ip(), action, access, detail);
  }

  private static String terms(PlateQuery q) {
    StringBuilder t = new StringBuilder("plate=").append(q.plate());
    if (q.garage() != null && !q.garage().isBlank()) {
      t.append(" garage=").append(q.garage());
    }
    if (q.from() != null) {
      t.append(" from=").append(q.from());
    }
    if (q.to() != null) {
      t.append(" to=").append(q.to());
    }
    return t.toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
