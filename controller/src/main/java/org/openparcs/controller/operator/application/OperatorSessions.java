package org.openparcs.controller.operator.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openparcs.controller.operator.model.OperatorIdentity;
import org.openparcs.controller.operator.model.OperatorSession;

/**
 * The open console sessions of this garage, in memory: a restart logs every operator out. A session
 * lasts as long as the portal's assertion it was opened with, whether or not the portal is
 * reachable meanwhile.
 */
public final class OperatorSessions {

  private final Map<String, OperatorSession> open = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  public OperatorSessions(Clock clock) {
    this.clock = clock;
  }

  /** A new session for this operator, under fresh random ids. */
  public OperatorSession open(OperatorIdentity operator, String ip) {
    OperatorSession session =
        new OperatorSession(token(), token(), operator, ip == null ? "" : ip, clock.instant());
    open.put(session.id(), session);
    return session;
  }

  /** The session with this id, while its assertion holds. */
  public Optional<OperatorSession> find(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    OperatorSession session = open.get(id);
    Instant now = clock.instant();
    if (session != null && !session.validAt(now)) {
      open.remove(id);
      return Optional.empty();
    }
    return Optional.ofNullable(session);
  }

  public void close(String id) {
    if (id != null) {
      open.remove(id);
    }
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
