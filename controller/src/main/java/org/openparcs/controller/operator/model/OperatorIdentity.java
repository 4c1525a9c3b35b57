package org.openparcs.controller.operator.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A garage operator as the portal vouched for them at log-on (POLICY A1, A4, A5 checked there): the
 * name every action at this garage is recorded under, until the assertion expires.
 *
 * @param username the portal username
 * @param department as the portal holds it
 * @param assertionId the portal's assertion this identity comes from
 * @param expiresAt end of the shift the portal granted
 */
public record OperatorIdentity(
    String username, String department, UUID assertionId, Instant expiresAt) {
  public OperatorIdentity {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(assertionId, "assertionId");
    Objects.requireNonNull(expiresAt, "expiresAt");
    department = department == null ? "" : department;
  }
}
