package org.openparcs.controller.operator;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openparcs.controller.operator.application.StoredSessions;
import org.openparcs.controller.operator.model.OperatorIdentity;

/** Sessions in a map, for the domain's unit tests (the database's are tested in their IT). */
final class InMemoryStoredSessions implements StoredSessions {

  final Map<ByteBuffer, Stored> byHash = new HashMap<>();
  private final Set<ByteBuffer> revoked = new HashSet<>();

  @Override
  public void save(
      byte[] tokenHash, OperatorIdentity operator, String ip, String purpose, Instant openedAt) {
    byHash.put(ByteBuffer.wrap(tokenHash.clone()), new Stored(operator, ip, purpose, openedAt));
  }

  @Override
  public void changePurpose(byte[] tokenHash, String purpose) {
    byHash.computeIfPresent(
        ByteBuffer.wrap(tokenHash),
        (k, s) -> new Stored(s.operator(), s.ip(), purpose, s.openedAt()));
  }

  @Override
  public Optional<Stored> find(byte[] tokenHash, Instant now) {
    ByteBuffer key = ByteBuffer.wrap(tokenHash);
    Stored s = byHash.get(key);
    if (s == null || revoked.contains(key) || !now.isBefore(s.operator().expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  @Override
  public void revoke(byte[] tokenHash, Instant at) {
    revoked.add(ByteBuffer.wrap(tokenHash.clone()));
  }
}
