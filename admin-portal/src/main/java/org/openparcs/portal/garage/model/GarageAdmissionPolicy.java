package org.openparcs.portal.garage.model;

import java.util.Optional;

/**
 * Decides whether a report for {@code claimed} is let in, from the token it presents and the garage
 * that token belongs to. The answer for an unknown garage and for a wrong token is the same, so the
 * endpoint does not tell a caller which garage ids exist.
 */
public final class GarageAdmissionPolicy {

  private GarageAdmissionPolicy() {}

  /**
   * @param claimed the garage the request reports for; null when the id cannot be a garage's
   * @param token the bearer token presented, if any
   * @param tokenOwner the garage that token belongs to, if any
   */
  public static GarageAccess decide(
      GarageId claimed, Optional<GarageToken> token, Optional<GarageId> tokenOwner) {
    if (token.isEmpty()) {
      return new GarageAccess.Unauthenticated(
          "missing garage token: send the header 'Authorization: Bearer <garage token>'");
    }
    if (claimed == null || tokenOwner.isEmpty()) {
      return new GarageAccess.Unauthenticated("garage token not accepted for this garage");
    }
    if (!tokenOwner.get().equals(claimed)) {
      return new GarageAccess.Forbidden(
          "this token belongs to another garage; a garage may only report for itself");
    }
    return new GarageAccess.Admitted(claimed);
  }
}
