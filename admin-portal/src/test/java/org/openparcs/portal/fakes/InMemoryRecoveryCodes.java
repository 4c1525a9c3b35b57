package org.openparcs.portal.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openparcs.portal.common.model.Sha256;
import org.openparcs.portal.user.application.RecoveryCodes;

/** Unused recovery code digests per user. */
public final class InMemoryRecoveryCodes implements RecoveryCodes {

  private final Map<Long, Set<Sha256>> unused = new HashMap<>();

  @Override
  public void replace(long userId, List<Sha256> digests, Instant at) {
    unused.put(userId, new HashSet<>(digests));
  }

  @Override
  public boolean use(long userId, Sha256 digest, Instant at) {
    return unused.getOrDefault(userId, new HashSet<>()).remove(digest);
  }

  @Override
  public int remaining(long userId) {
    return unused.getOrDefault(userId, Set.of()).size();
  }
}
