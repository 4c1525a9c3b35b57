package org.openparcs.portal.audit.model;

import java.time.Instant;
import java.util.Set;

/**
 * Which audit records an auditor asks for; every criterion is optional (null or empty: any).
 *
 * @param from records at or after this instant
 * @param to records before this instant
 * @param username records of this user
 * @param actions records of these actions
 * @param purpose records with this purpose
 * @param terms records whose searched terms contain this text
 */
public record AuditFilter(
    Instant from,
    Instant to,
    String username,
    Set<AuditAction> actions,
    String purpose,
    String terms) {

  public AuditFilter {
    actions = actions == null ? Set.of() : Set.copyOf(actions);
    username = blankToNull(username);
    purpose = blankToNull(purpose);
    terms = blankToNull(terms);
  }

  public static AuditFilter actions(Set<AuditAction> actions) {
    return new AuditFilter(null, null, null, actions, null, null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
