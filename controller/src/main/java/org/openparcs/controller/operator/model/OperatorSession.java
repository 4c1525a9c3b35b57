package org.openparcs.controller.operator.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A console session at this garage, kept on the server: its id travels in a cookie (or a bearer
 * header for API clients), its CSRF token in every form and request that changes something.
 *
 * @param ip the operator's address at log-on
 * @param purpose the id of the purpose the operator chose for their views of plate data (POLICY U1,
 *     T1), or null for a session opened before purposes were kept (its views are refused)
 */
public record OperatorSession(
    String id,
    String csrfToken,
    OperatorIdentity operator,
    String ip,
    String purpose,
    Instant openedAt) {
  public OperatorSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(operator, "operator");
  }

  /** Whether the portal's assertion still holds at {@code now}. */
  public boolean validAt(Instant now) {
    return now.isBefore(operator.expiresAt());
  }
}
