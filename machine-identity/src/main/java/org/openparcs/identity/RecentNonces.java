package org.openparcs.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * A nonce log in memory for one process, forgetting nonces older than the window. For a service
 * with several instances behind one address use a shared log (the portal keeps its in MariaDB).
 */
public final class RecentNonces implements NonceLog {

  private record Seen(String key, Instant at) {}

  private final Duration keep;
  private final Set<String> seen = new HashSet<>();
  private final Deque<Seen> order = new ArrayDeque<>();

  /**
   * @param window the verifier's replay window; nonces are kept twice as long (a timestamp may be
   *     up to the window in the future)
   */
  public RecentNonces(Duration window) {
    this.keep = window.multipliedBy(2);
  }

  @Override
  public synchronized boolean firstUse(String keyId, String nonce, Instant seenAt) {
    while (!order.isEmpty() && order.peekFirst().at().isBefore(seenAt.minus(keep))) {
      seen.remove(order.pollFirst().key());
    }
    String key = keyId + ' ' + nonce;
    if (!seen.add(key)) {
      return false;
    }
    order.addLast(new Seen(key, seenAt));
    return true;
  }
}
