package org.openparcs.portal.console.application;

import java.time.Instant;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.audit.model.AlprAccess;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.garage.model.GarageId;

/**
 * The portal's audit entries of its garage consoles (POLICY T1): who, department, IP, the garage
 * and what was shown or done as terms (sealed at rest with any plate, K1), and the purpose.
 */
final class ConsoleAudit {

  private ConsoleAudit() {}

  static AuditEntry entry(
      Instant at,
      Actor actor,
      String purpose,
      AuditAction action,
      GarageId garage,
      String terms,
      String detail) {
    return new AuditEntry(
        at,
        actor.username(),
        actor.department(),
        actor.ip(),
        action,
        new AlprAccess(
            purpose, cut("garage=" + garage + (terms == null ? "" : " " + terms)), null, null),
        cut(detail));
  }

  private static String cut(String text) {
    return text == null || text.length() <= 500 ? text : text.substring(0, 500);
  }
}
