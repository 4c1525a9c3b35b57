package org.openparcs.controller.operator.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A garage operator as the portal vouched for them at log-on (POLICY A1, A4, A5 checked there): the
 * name every action at this garage is recorded under, until the assertion expires.
 *
 * @param username the portal username
 * @param department as the portal holds it
 * @param assertionId the portal's assertion this identity comes from
 * @param expiresAt end of the shift the portal granted
 * @param garageId the garage the portal's assertion is addressed to
 * @param roles the user's portal roles ({@code OPERATOR}, ...)
 */
public record OperatorIdentity(
    String username,
    String department,
    UUID assertionId,
    Instant expiresAt,
    String garageId,
    Set<String> roles) {

  /** The portal role of garage operators (POLICY A5). */
  public static final String OPERATOR = "OPERATOR";

  public OperatorIdentity {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(assertionId, "assertionId");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(garageId, "garageId");
    department = department == null ? "" : department;
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  /**
   * POLICY A5: garage operators see lane data of their own garages only. Why this identity may not
   * work at garage {@code garage}, or empty when it may.
   */
  public Optional<String> refusalAt(String garage) {
    if (!garageId.equals(garage)) {
      return Optional.of("this session belongs to garage " + garageId + ", not to " + garage);
    }
    if (!roles.contains(OPERATOR)) {
      return Optional.of("the garage's views are for garage operators (role OPERATOR)");
    }
    return Optional.empty();
  }
}
