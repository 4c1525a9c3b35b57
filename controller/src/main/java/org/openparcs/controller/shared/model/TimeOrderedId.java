package org.openparcs.controller.shared.model;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then randomness. Ids made at the lane
 * sort by time, so inserts land at the end of the primary-key index instead of all over it.
 */
public final class TimeOrderedId {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TimeOrderedId() {}

  public static UUID at(Instant time) {
    long millis = time.toEpochMilli();
    long randA = RANDOM.nextInt(1 << 12);
    long msb = (millis << 16) | (0x7L << 12) | randA;
    long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }
}
