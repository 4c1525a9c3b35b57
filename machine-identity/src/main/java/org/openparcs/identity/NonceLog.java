package org.openparcs.identity;

import java.time.Instant;

/**
 * The nonces of signed requests seen within the replay window. A request whose nonce was seen
 * before is a replay.
 */
@FunctionalInterface
public interface NonceLog {

  /**
   * Records the nonce; false when this key already used it (a replay). Implementations may forget
   * nonces older than the replay window: the timestamp check refuses those requests anyway.
   */
  boolean firstUse(String keyId, String nonce, Instant seenAt);
}
