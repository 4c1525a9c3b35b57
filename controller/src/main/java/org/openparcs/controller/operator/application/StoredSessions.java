package org.openparcs.controller.operator.application;

import java.time.Instant;
import java.util.Optional;
import org.openparcs.controller.operator.model.OperatorIdentity;

/**
 * Where this garage keeps its console sessions, by the SHA-256 of their token (never the token):
 * they outlive a restart of the controller until their assertion expires or the operator logs off.
 */
public interface StoredSessions {

  /**
   * A session as stored: who, from where, for what purpose (POLICY U1, T1; null for sessions opened
   * before purposes were kept), since when.
   */
  record Stored(OperatorIdentity operator, String ip, String purpose, Instant openedAt) {}

  void save(
      byte[] tokenHash, OperatorIdentity operator, String ip, String purpose, Instant openedAt);

  /** The operator chose another purpose for what they do next. */
  void changePurpose(byte[] tokenHash, String purpose);

  /** The session stored under this hash, not revoked and not expired at {@code now}. */
  Optional<Stored> find(byte[] tokenHash, Instant now);

  /** Log-off: the session under this hash opens nothing from {@code at} on. */
  void revoke(byte[] tokenHash, Instant at);
}
