package org.openparcs.policy.model;

import java.util.Set;

/**
 * A purpose for which a profile allows stored ALPR data to be searched (POLICY U1).
 *
 * @param id short name, a-z, 0-9 and '-'
 * @param label what users choose from
 * @param lawEnforcement whether it serves law enforcement: a case number and crime type are then
 *     required (POLICY T1)
 * @param roles the portal roles that may use it unless the deployment says otherwise
 */
public record PurposeDefinition(
    String id, String label, boolean lawEnforcement, Set<String> roles) {

  public PurposeDefinition {
    if (id == null || !id.matches("[a-z0-9-]{1,64}") || label == null || label.isBlank()) {
      throw new IllegalArgumentException("a purpose has an id of a-z, 0-9 and '-', and a label");
    }
    roles = Set.copyOf(roles);
  }
}
