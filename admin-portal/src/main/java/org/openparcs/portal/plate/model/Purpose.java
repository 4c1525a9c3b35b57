package org.openparcs.portal.plate.model;

import java.util.Set;
import org.openparcs.portal.user.model.Role;

/**
 * An authorized purpose for looking at ALPR data, from the configured list (POLICY U1).
 *
 * @param id short name stored in the audit trail
 * @param label what users see
 * @param lawEnforcement whether it serves law enforcement: then a case number and crime type are
 *     required (POLICY T1)
 * @param roles the roles that may use it (the revenue auditor sees plates only where its purposes
 *     allow, POLICY A5)
 */
public record Purpose(String id, String label, boolean lawEnforcement, Set<Role> roles) {

  public Purpose {
    if (id == null || !id.matches("[a-z0-9-]{1,64}") || label == null || label.isBlank()) {
      throw new IllegalArgumentException("a purpose has an id of a-z, 0-9 and '-', and a label");
    }
    roles = Set.copyOf(roles);
  }

  public boolean allowedFor(Set<Role> userRoles) {
    return userRoles.stream().anyMatch(roles::contains);
  }
}
