package org.openparcs.controller.operator.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.openparcs.controller.operator.model.OperatorIdentity;
import org.openparcs.controller.operator.model.OperatorSession;
import org.openparcs.controller.operator.model.SessionTokens;

/**
 * The console sessions of this garage, kept in {@link StoredSessions} by the hash of their token,
 * so a restart of the controller keeps operators logged on. A session lasts as long as the portal's
 * assertion it was opened with, whether or not the portal is reachable meanwhile, or until the
 * operator logs off.
 */
public final class OperatorSessions {

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final StoredSessions stored;

  public OperatorSessions(Clock clock, StoredSessions stored) {
    this.clock = clock;
    this.stored = stored;
  }

  /**
   * A new session for this operator, under a fresh random token, for {@code purpose} (a purpose id
   * already checked against the operator's roles: POLICY U1).
   */
  public OperatorSession open(OperatorIdentity operator, String ip, String purpose) {
    String token = token();
    OperatorSession session =
        new OperatorSession(
            token,
            SessionTokens.csrf(token),
            operator,
            ip == null ? "" : ip,
            purpose,
            clock.instant());
    stored.save(SessionTokens.hash(token), operator, session.ip(), purpose, session.openedAt());
    return session;
  }

  /** The operator chose another (checked) purpose for what they do next. */
  public void changePurpose(String token, String purpose) {
    stored.changePurpose(SessionTokens.hash(token), purpose);
  }

  /** The session with this token, while its assertion holds and it is not logged off. */
  public Optional<OperatorSession> find(String token) {
    if (token == null || token.isEmpty() || token.length() > 200) {
      return Optional.empty();
    }
    return stored
        .find(SessionTokens.hash(token), clock.instant())
        .map(
            s ->
                new OperatorSession(
                    token,
                    SessionTokens.csrf(token),
                    s.operator(),
                    s.ip(),
                    s.purpose(),
                    s.openedAt()));
  }

  /** Log-off. */
  public void close(String token) {
    if (token != null && !token.isEmpty()) {
      stored.revoke(SessionTokens.hash(token), clock.instant());
    }
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
