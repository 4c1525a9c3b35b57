package org.openparcs.portal.garage.model;

/** Whether a request that claims to come from a garage may report for it. */
public sealed interface GarageAccess {

  /** The request proved it comes from {@code garageId}. */
  record Admitted(GarageId garageId) implements GarageAccess {}

  /** No token, or a token the portal does not know for this garage (HTTP 401). */
  record Unauthenticated(String reason) implements GarageAccess {}

  /** A valid token of another garage: a garage may only report for itself (HTTP 403). */
  record Forbidden(String reason) implements GarageAccess {}
}
